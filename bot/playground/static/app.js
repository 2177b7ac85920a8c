/* The playground page: a small Slack client for the stand-in workspace.
 *
 * State comes from /api/stream (Server-Sent Events: a snapshot, then changes); actions go to
 * /api/messages, /api/commands, /api/files and /api/actions, which the stand-in turns into the
 * signed requests Slack would send the bot. Rendering is plain DOM from HTML strings
 * (blockkit.js escapes everything it renders).
 */
(function () {
  "use strict";

  const BK = window.BlockKit;
  const esc = BK.escapeHtml;
  const $ = (sel, root) => (root || document).querySelector(sel);

  const state = {
    team: null,
    me: null,
    bot: null,
    users: new Map(),
    channels: [],
    messages: new Map(), // "C/ts" -> message
    ephemerals: new Map(), // id -> ephemeral
    localNotes: [], // client-only notices (an unknown /command)
    commands: [],
    suggestions: [],
    current: null, // channel id
    thread: null, // {channel, ts}
    unread: new Set(),
    openPanels: new Set(),
    debugCache: new Map(),
    dismissed: new Set(),
    pending: new Map(), // "C/ts" of a question I sent -> {t0, text}
    connected: false,
    assistantThreads: new Map(), // thread_ts -> {channel_id, thread_ts, context, title, prompts}
    assistant: null, // the thread_ts of the open assistant panel's thread
    assistantOpen: false,
    statuses: new Map(), // "C/thread_ts" -> status line
    views: new Map(), // id -> open modal view
    home: null, // my App Home view
    showHome: false,
  };

  // Timings for the benchmark and the closing note: Enter pressed -> answer rendered.
  window.claimbotTimings = [];

  const key = (channel, ts) => `${channel}/${ts}`;
  const userName = (id) => {
    const u = state.users.get(id);
    if (!u) return id;
    return u.is_bot ? u.name : u.real_name || u.name;
  };
  const channelById = (id) => state.channels.find((c) => c.id === id);
  const channelLabel = (c) => (c ? (c.is_im ? c.name : `#${c.name}`) : "");
  const ctx = () => ({
    userName,
    channelName: (id) => (channelById(id) ? channelById(id).name : id),
    me: state.me && state.me.id,
  });

  // -- the change stream ------------------------------------------------------------------------
  function connect() {
    const source = new EventSource("/api/stream");
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.onmessage = (e) => {
      let event;
      try {
        event = JSON.parse(e.data);
      } catch (err) {
        return;
      }
      apply(event);
    };
  }

  function setConnected(ok) {
    state.connected = ok;
    const el = $("#connection");
    el.textContent = ok ? "" : "Reconnecting to the playground…";
    el.classList.toggle("offline", !ok);
  }

  function apply(event) {
    switch (event.type) {
      case "snapshot":
        loadSnapshot(event);
        break;
      case "message": {
        const m = event.message;
        const k = key(m.channel, m.ts);
        const old = state.messages.get(k);
        state.messages.set(k, m);
        if (!old && m.channel !== state.current && m.user !== state.me.id) state.unread.add(m.channel);
        // An updated message (chat.update) flashes where it stands; a new reply count does not.
        if (old && m.edited && (!old.edited || old.edited.ts !== m.edited.ts)) flash.add(k);
        scheduleRender();
        break;
      }
      case "message_deleted":
        state.messages.delete(key(event.channel, event.ts));
        if (state.thread && state.thread.channel === event.channel && state.thread.ts === event.ts) state.thread = null;
        scheduleRender();
        break;
      case "ephemeral":
        if (state.ephemerals.has(event.ephemeral.id)) flash.add("e/" + event.ephemeral.id);
        state.ephemerals.set(event.ephemeral.id, event.ephemeral);
        scheduleRender();
        break;
      case "ephemeral_deleted":
        state.ephemerals.delete(event.id);
        scheduleRender();
        break;
      case "activity":
        addActivity(event);
        break;
      case "status":
        if (event.status) state.statuses.set(key(event.channel, event.thread_ts), event.status);
        else state.statuses.delete(key(event.channel, event.thread_ts));
        scheduleRender();
        break;
      case "assistant_thread":
        state.assistantThreads.set(event.thread.thread_ts, event.thread);
        scheduleRender();
        break;
      case "view":
        state.views.set(event.id, event.view);
        renderModal();
        break;
      case "view_closed":
        state.views.delete(event.id);
        renderModal();
        break;
      case "home":
        state.home = event.view;
        scheduleRender();
        break;
      default:
        break;
    }
  }

  function loadSnapshot(s) {
    state.team = s.team;
    state.me = s.me;
    state.bot = s.bot;
    state.users = new Map(s.users.map((u) => [u.id, u]));
    state.channels = s.channels;
    state.messages = new Map(s.messages.map((m) => [key(m.channel, m.ts), m]));
    state.ephemerals = new Map(s.ephemerals.map((e) => [e.id, e]));
    state.commands = s.commands || [];
    state.suggestions = s.suggestions || [];
    state.assistantThreads = new Map((s.assistant_threads || []).map((t) => [t.thread_ts, t]));
    state.statuses = new Map((s.statuses || []).map((x) => [key(x.channel, x.thread_ts), x.status]));
    state.views = new Map((s.views || []).map((v) => [v.id, v.view]));
    state.home = s.home || null;
    const wanted = decodeURIComponent(location.hash.replace(/^#/, ""));
    const byHash = state.channels.find((c) => c.id === wanted || c.name === wanted);
    if (!state.current || !channelById(state.current)) {
      state.current = (byHash || state.channels.find((c) => !c.is_im) || state.channels[0] || {}).id;
    }
    $("#ws-name").textContent = s.team.name;
    renderSidebar();
    if (wanted === "home" && !state.home && !state.showHome) openHome();
    renderAll();
    renderModal();
    $("#app").dataset.ready = "true";
  }

  // -- rendering --------------------------------------------------------------------------------
  const flash = new Set();
  let renderQueued = false;
  function scheduleRender() {
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      renderQueued = false;
      renderAll();
    });
  }

  function renderAll() {
    openAnsweredThreads();
    renderSidebar();
    renderChannel();
    renderThread();
    renderAssistant();
    renderHome();
    flash.clear();
    checkTimings();
  }

  function renderSidebar() {
    const item = (c) => {
      const current = c.id === state.current && !state.showHome;
      const unread = state.unread.has(c.id);
      const icon = c.is_im ? `<span class="presence" aria-hidden="true"></span>` : `<span class="hash" aria-hidden="true">#</span>`;
      const label = c.is_im ? esc(c.name) : esc(c.name);
      return `<li><a href="#${esc(c.id)}" class="sidebar-item${current ? " current" : ""}${unread ? " unread" : ""}"
        data-channel-id="${esc(c.id)}" ${current ? 'aria-current="page"' : ""}
        aria-label="${c.is_im ? "Direct message with " : "Channel "}${label}${unread ? " (unread)" : ""}">${icon}<span>${label}</span>${c.is_im && state.bot && c.dm_with === state.bot.id ? '<span class="app-tag">APP</span>' : ""}</a></li>`;
    };
    $("#channel-list").innerHTML = state.channels.filter((c) => !c.is_im).map(item).join("");
    $("#dm-list").innerHTML = state.channels.filter((c) => c.is_im).map(item).join("");
    if (state.me) {
      $("#me").innerHTML = `${avatar(state.me.id, "small")}<span>${esc(userName(state.me.id))}</span><span class="me-note">(you)</span>`;
    }
  }

  function topLevel(channel) {
    const out = [];
    for (const m of state.messages.values()) {
      if (m.channel === channel && (!m.thread_ts || m.thread_ts === m.ts)) out.push(m);
    }
    for (const e of state.ephemerals.values()) {
      if (e.channel === channel && !e.thread_ts && !state.dismissed.has(e.id)) out.push(e);
    }
    for (const n of state.localNotes) if (n.channel === channel && !n.thread_ts) out.push(n);
    return out.sort((a, b) => parseFloat(a.ts) - parseFloat(b.ts));
  }

  function threadMessages(channel, ts) {
    const out = [];
    for (const m of state.messages.values()) {
      if (m.channel === channel && (m.ts === ts || m.thread_ts === ts)) out.push(m);
    }
    for (const e of state.ephemerals.values()) {
      if (e.channel === channel && e.thread_ts === ts && !state.dismissed.has(e.id)) out.push(e);
    }
    for (const n of state.localNotes) if (n.channel === channel && n.thread_ts === ts) out.push(n);
    return out.sort((a, b) => parseFloat(a.ts) - parseFloat(b.ts));
  }

  function renderChannel() {
    const channel = channelById(state.current);
    if (!channel) return;
    state.unread.delete(channel.id);
    const title = channelLabel(channel);
    $("#channel-title").textContent = title;
    $("#channel-topic").textContent = channel.is_im
      ? "Ask claimbot anything about the claims on file; share files here to add them."
      : `${channel.num_members || (channel.members || []).length} members · claimbot answers @mentions in threads`;
    document.title = `${title} · claimbot playground`;
    const list = $("#messages");
    list.setAttribute("aria-label", `Messages in ${title}`);
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80 || list.dataset.channel !== channel.id;
    const messages = topLevel(channel.id);
    list.dataset.scope = channel.id;
    patch(list, [{ key: "intro", html: intro(channel) }, ...renderList(messages, { inThread: false })]);
    if (atBottom) list.scrollTop = list.scrollHeight;
    list.dataset.channel = channel.id;
    const composer = composers.channel;
    if (composer) composer.setTarget(channel.id, null, `Message ${title}`);
  }

  function intro(channel) {
    const title = channelLabel(channel);
    const tips = channel.is_im
      ? "This is the very beginning of your direct messages with <strong>claimbot</strong>. Ask a question (no @mention needed), or share a claim file."
      : `This is the very beginning of <strong>${esc(title)}</strong>. @mention <strong>claimbot</strong> with a question about a claim, run <code>/claim</code>, or drop a claim file (PDF, DOCX, TXT, MD, EML) here.`;
    const chips = state.suggestions
      .map((s) => (channel.is_im ? s.replace(/^@claimbot\s+/, "") : s))
      .map((s) => `<button type="button" class="suggestion" data-suggestion="${esc(s)}">${esc(s)}</button>`)
      .join("");
    return `<div class="channel-intro"><h2>${esc(title)}</h2><p>${tips}</p><div class="suggestions" aria-label="Try">${chips}</div></div>`;
  }

  function renderThread() {
    const pane = $("#thread-pane");
    const t = state.thread;
    const parent = t && state.messages.get(key(t.channel, t.ts));
    if (!t || !parent || state.assistantOpen) {
      pane.hidden = true;
      $("#app").classList.remove("with-thread");
      if (!state.assistantOpen) state.thread = null;
      return;
    }
    pane.hidden = false;
    $("#app").classList.add("with-thread");
    const channel = channelById(t.channel);
    $("#thread-channel").textContent = channelLabel(channel);
    const list = $("#thread-messages");
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80 || list.dataset.thread !== t.ts;
    const all = threadMessages(t.channel, t.ts);
    const replies = all.filter((m) => m.ts !== t.ts);
    list.dataset.scope = t.channel + "/" + t.ts;
    const head = renderMessage(parent, { inThread: true, isParent: true });
    const divider = `<div class="replies-divider" role="separator"><span>${replies.length} ${replies.length === 1 ? "reply" : "replies"}</span></div>`;
    patch(list, [
      { key: "parent", html: head },
      { key: "divider", html: divider },
      ...renderList(replies, { inThread: true }),
    ]);
    if (atBottom) list.scrollTop = list.scrollHeight;
    list.dataset.thread = t.ts;
    if (composers.thread) composers.thread.setTarget(t.channel, t.ts, "Reply…");
  }

  /** Bring ``container``'s children in line with ``items`` ({key, html}): unchanged messages keep
   * their element (focus, scroll, open panels and screen readers are left alone), changed ones
   * are replaced, new ones inserted in order, gone ones removed. */
  function patch(container, items) {
    if (container.dataset.scope !== container.dataset.rendered) {
      container.textContent = "";
      container.dataset.rendered = container.dataset.scope;
    }
    const existing = new Map();
    for (const el of container.children) existing.set(el.dataset.key, el);
    let prev = null;
    for (const { key: k, html } of items) {
      let el = existing.get(k);
      if (el && el._html === html) {
        existing.delete(k);
      } else {
        const tpl = document.createElement("template");
        tpl.innerHTML = html.trim();
        const fresh = tpl.content.firstElementChild;
        fresh._html = html;
        fresh.dataset.key = k;
        if (el) {
          el.replaceWith(fresh);
          existing.delete(k);
        }
        el = fresh;
      }
      const expected = prev ? prev.nextElementSibling : container.firstElementChild;
      if (expected !== el) container.insertBefore(el, expected);
      if (flash.has(k)) {
        el.classList.remove("flash");
        void el.offsetWidth; // restart the animation
        el.classList.add("flash");
      }
      prev = el;
    }
    for (const el of existing.values()) el.remove();
  }

  function renderList(messages, opts) {
    const out = [];
    let prev = null;
    for (const m of messages) {
      const grouped =
        prev &&
        !m.is_ephemeral &&
        !prev.is_ephemeral &&
        prev.user === m.user &&
        parseFloat(m.ts) - parseFloat(prev.ts) < 300 &&
        !(prev.reply_count && !opts.inThread);
      out.push({ key: messageKey(m), html: renderMessage(m, { ...opts, grouped }) });
      prev = m;
    }
    return out;
  }

  function messageKey(m) {
    if (m.local) return "n/" + m.id;
    if (m.is_ephemeral) return "e/" + m.id;
    return key(m.channel, m.ts);
  }

  function avatar(userId, size) {
    const u = state.users.get(userId);
    const bot = u && u.is_bot;
    const name = userName(userId) || "?";
    const initials = bot ? "cb" : name.split(/\s+/).map((w) => w[0]).slice(0, 2).join("").toUpperCase();
    const hue = bot ? 0 : [...userId].reduce((a, c) => a + c.charCodeAt(0), 0) % 360;
    const style = bot ? "" : ` style="background:hsl(${hue} 45% 42%)"`;
    return `<span class="avatar${bot ? " avatar-bot" : ""} ${size || ""}"${style} aria-hidden="true">${esc(initials)}</span>`;
  }

  function timeOf(ts) {
    const d = new Date(parseFloat(ts) * 1000);
    return d.toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  }

  function renderMessage(m, opts) {
    const isEph = !!m.is_ephemeral;
    const isLocal = !!m.local;
    const k = isEph ? "e/" + m.id : key(m.channel, m.ts);
    const u = state.users.get(m.user);
    const fromBot = isEph || isLocal ? true : !!(m.bot_id || (u && u.is_bot));
    const author = isLocal ? "Slackbot" : isEph ? "claimbot" : userName(m.user);
    const authorId = isEph ? (state.bot && state.bot.id) : m.user;
    const body = m.blocks && m.blocks.length ? BK.renderBlocks(m.blocks, ctx()) : BK.mrkdwn(m.text || "", ctx());
    const classes = ["msg"];
    if (opts.grouped) classes.push("grouped");
    if (isEph) classes.push("ephemeral");
    if (fromBot) classes.push("from-bot");
    if (opts.isParent) classes.push("thread-parent");
    const answer = !isEph ? m.playground && m.playground.answer : isAnswerBlocks(m.blocks);
    const attrs = [
      `class="${classes.join(" ")}"`,
      `role="article"`,
      `data-testid="message"`,
      `data-ts="${esc(m.ts)}"`,
      `data-channel="${esc(m.channel)}"`,
      `data-author="${esc(author)}"`,
      `aria-label="${esc(author)}${isEph ? ", only visible to you" : ""}, ${esc(timeOf(m.ts))}"`,
    ];
    if (isEph) attrs.push(`data-ephemeral-id="${esc(m.id)}"`);
    if (answer) attrs.push(`data-answer="true"`);
    if (m.edited) attrs.push(`data-edited="true"`);
    const streaming = m.playground && m.playground.streaming === "in_progress";
    if (streaming) attrs.push(`data-streaming="true"`);
    if (m.subtype) attrs.push(`data-subtype="${esc(m.subtype)}"`);

    const ephNote = isEph || isLocal
      ? `<div class="ephemeral-note"><span aria-hidden="true">👁</span> Only visible to you <button type="button" class="link-button dismiss" data-dismiss="${esc(m.id)}">Dismiss</button></div>`
      : "";
    const head = opts.grouped
      ? `<span class="hover-time" aria-hidden="true">${esc(timeOf(m.ts))}</span>`
      : `<div class="msg-head"><span class="author">${esc(author)}</span>${fromBot ? '<span class="app-tag">APP</span>' : ""}<time datetime="${new Date(parseFloat(m.ts) * 1000).toISOString()}">${esc(timeOf(m.ts))}</time>${m.edited && !fromBot ? '<span class="edited">(edited)</span>' : ""}</div>`;
    const files = (m.files || []).map(renderFile).join("");
    const reactions = (m.reactions || []).length
      ? `<div class="reactions" aria-label="Reactions">${m.reactions
          .map((r) => `<span class="reaction" data-reaction="${esc(r.name)}" title="${esc(r.users.map(userName).join(", "))} reacted with :${esc(r.name)}:" aria-label=":${esc(r.name)}: ${r.count} (${esc(r.users.map(userName).join(", "))})">${BK.emojify(":" + esc(r.name) + ":")}<span class="count">${r.count}</span></span>`)
          .join("")}</div>`
      : "";
    let thread = "";
    if (!opts.inThread && !isEph && !isLocal && m.reply_count) {
      const who = (m.reply_users || []).slice(0, 3).map((id) => avatar(id, "tiny")).join("");
      thread = `<button type="button" class="replies-link" data-open-thread="${esc(m.ts)}" data-testid="replies-link">${who}<span>${m.reply_count} ${m.reply_count === 1 ? "reply" : "replies"}</span><span class="replies-last">Last reply ${esc(timeOf(m.latest_reply || m.ts))}</span></button>`;
    }
    const actions = !opts.inThread && !isEph && !isLocal
      ? `<div class="msg-actions"><button type="button" class="icon-button" data-open-thread="${esc(m.ts)}" aria-label="Reply in thread" title="Reply in thread">💬</button></div>`
      : "";
    const debug = answer ? debugPanel(m, k) : "";
    return `<div ${attrs.join(" ")}>
      <div class="msg-gutter">${opts.grouped ? "" : avatar(authorId)}</div>
      <div class="msg-main">${ephNote}${head}<div class="msg-body">${body}${streaming ? '<span class="stream-cursor" aria-label="writing">▍</span>' : ""}</div>${files}${reactions}${thread}${debug}</div>
      ${actions}
    </div>`;
  }

  function isAnswerBlocks(blocks) {
    return (blocks || []).some((b) => (b.elements || []).some((e) => ["feedback_helpful", "feedback_not_helpful", "share_answer"].includes(e.action_id)));
  }

  const FILE_ICONS = { pdf: "PDF", docx: "DOC", doc: "DOC", text: "TXT", markdown: "MD", email: "EML", csv: "CSV", zip: "ZIP" };
  function renderFile(f) {
    const kb = f.size < 1024 ? `${f.size} B` : f.size < 1048576 ? `${(f.size / 1024).toFixed(0)} KB` : `${(f.size / 1048576).toFixed(1)} MB`;
    const icon = FILE_ICONS[f.filetype] || (f.filetype || "file").slice(0, 4).toUpperCase();
    return `<a class="file-card" href="${esc(f.permalink)}" target="_blank" rel="noopener noreferrer" data-testid="file-card" aria-label="File ${esc(f.name)}, ${esc(kb)}">
      <span class="file-icon file-${esc(f.filetype || "binary")}" aria-hidden="true">${esc(icon)}</span>
      <span class="file-meta"><span class="file-name">${esc(f.name)}</span><span class="file-size">${esc(f.pretty_type || "")} · ${esc(kb)}</span></span></a>`;
  }

  // -- the debug panel --------------------------------------------------------------------------
  function debugPanel(m, k) {
    const open = state.openPanels.has(k);
    const data = state.debugCache.get(k);
    const summary = data && data.route ? ` · <span class="route-chip">${esc(data.route)}</span>` : "";
    return `<details class="debug-panel" data-testid="debug-panel" data-key="${esc(k)}"${open ? " open" : ""}>
      <summary>How claimbot answered${summary}</summary>
      <div class="debug-body">${data ? renderDebug(data) : '<p class="muted">Loading…</p>'}</div>
    </details>`;
  }

  async function loadDebug(details) {
    const k = details.dataset.key;
    const msgEl = details.closest(".msg");
    const params = new URLSearchParams({ channel: msgEl.dataset.channel, ts: msgEl.dataset.ts });
    if (msgEl.dataset.ephemeralId) params.set("ephemeral_id", msgEl.dataset.ephemeralId);
    try {
      const r = await fetch(`/api/debug?${params}`);
      if (!r.ok) throw new Error(await r.text());
      state.debugCache.set(k, await r.json());
    } catch (err) {
      state.debugCache.set(k, { error: String(err.message || err) });
    }
    scheduleRender();
  }

  function clip(text, n) {
    const flat = String(text).replace(/\s+/g, " ").trim();
    return flat.length <= n ? flat : flat.slice(0, n - 1) + "…";
  }

  function ms(v) {
    return v === null || v === undefined ? "–" : `${Number(v).toFixed(v < 10 ? 1 : 0)} ms`;
  }

  function renderDebug(d) {
    if (d.error) return `<p class="muted">Could not load the trace: ${esc(d.error)}</p>`;
    const rows = [];
    rows.push(`<dt>Route</dt><dd><span class="route-chip" data-testid="debug-route">${esc(d.route || "unknown")}</span>${d.route_reason ? ` <span class="muted" data-testid="debug-route-reason">${esc(d.route_reason)}</span>` : ""}</dd>`);
    if (d.claims && d.claims.ids) rows.push(`<dt>Claims</dt><dd>${esc(d.claims.ids.join(", ") || "none")}${d.claims.from ? ` <span class="muted">(from ${esc(d.claims.from)})</span>` : ""}</dd>`);
    else if (d.claim_ids && d.claim_ids.length) rows.push(`<dt>Claims</dt><dd>${esc(d.claim_ids.join(", "))}</dd>`);
    if (d.searched) rows.push(`<dt>Searched</dt><dd>${esc(d.searched)}</dd>`);
    if (d.question) rows.push(`<dt>Question</dt><dd>${esc(d.question)}</dd>`);

    const t = [];
    if (d.latency_ms !== undefined && d.latency_ms !== null) t.push(["engine, total", d.latency_ms]);
    for (const [name, v] of Object.entries(d.timings || {})) t.push([name.replace(/_ms$/, "").replace(/_/g, " "), v]);
    if (d.protocol) {
      if (d.protocol.ack_ms !== null && d.protocol.ack_ms !== undefined) t.push(["event acked by the bot", d.protocol.ack_ms]);
      if (d.protocol.answer_ms !== null && d.protocol.answer_ms !== undefined) t.push(["event delivered → answer posted", d.protocol.answer_ms]);
    }
    const timings = t.length
      ? `<table class="timings" data-testid="debug-timings"><caption>Timings</caption><tbody>${t.map(([n, v]) => `<tr><th scope="row">${esc(n)}</th><td>${esc(ms(v))}</td></tr>`).join("")}</tbody></table>`
      : "";
    const retrieved = (d.retrieved || []).length
      ? `<h4>Retrieved passages (${d.retrieved.length})</h4><ol class="retrieved" data-testid="debug-retrieved">${d.retrieved
          .map((p) => `<li><span class="doc">${esc(p.document || p.id)}</span>${p.page !== null && p.page !== undefined ? ` · p. ${esc(p.page)}` : ""}${p.claim_id ? ` · ${esc(p.claim_id)}` : ""}${p.score !== undefined ? ` <span class="score">score ${esc(Number(p.score).toFixed(3))}</span>` : ""}${p.text ? `<blockquote>${esc(clip(p.text, 300))}</blockquote>` : ""}</li>`)
          .join("")}</ol>`
      : "";
    const excerpts = (d.citations || []).length
      ? `<h4>Quoted excerpts (${d.citations.length})</h4><ol class="excerpts" data-testid="debug-excerpts">${d.citations
          .map((c) => `<li><div class="excerpt-head">[${esc(c.n)}] ${esc(c.document)}${c.location ? " · " + esc(c.location) : ""}${c.claim_id ? " · " + esc(c.claim_id) : ""}</div><blockquote>${esc(c.excerpt || "")}</blockquote></li>`)
          .join("")}</ol>`
      : `<p class="muted">No excerpts quoted.</p>`;
    const left = Object.entries(d.left_out || {}).filter(([, n]) => n).map(([k, n]) => `${n} more ${k}`).join(", ");
    const origin = d.source === "message metadata"
      ? `the message's metadata (<code>claimbot_answer</code>, as Slack returns it with <code>include_all_metadata</code>)${left ? `; ${esc(left)} left out to keep it small` : ""}`
      : `the ${esc(d.source || "message")}`;
    const source = `<p class="debug-source" data-testid="debug-source">From ${origin}, not from logs.</p>`;
    return `<dl class="debug-facts">${rows.join("")}</dl>${timings}${excerpts}${retrieved}${source}`;
  }

  // -- threads ----------------------------------------------------------------------------------
  function openThread(channel, ts) {
    state.assistantOpen = false;
    state.thread = { channel, ts };
    renderAll();
    if (composers.thread) composers.thread.focus();
  }

  /** A reply to a question I just sent opens its thread (once), so the answer is in view. */
  function openAnsweredThreads() {
    for (const [k, p] of state.pending) {
      if (p.opened) continue;
      const [channel, ts] = k.split("/");
      const parentTs = p.threadTs || ts;
      if (channel !== state.current) continue;
      const replied = [...state.messages.values(), ...state.ephemerals.values()].some(
        (m) => m.channel === channel && m.thread_ts === parentTs && m.ts !== parentTs && parseFloat(m.ts) > parseFloat(ts) && m.user !== state.me.id,
      );
      if (!replied) continue;
      p.opened = true;
      if (!state.thread || state.thread.ts !== parentTs) state.thread = { channel, ts: parentTs };
    }
  }

  // -- timings ----------------------------------------------------------------------------------
  function checkTimings() {
    if (!state.pending.size) return;
    const now = performance.now();
    for (const [k, p] of state.pending) {
      if (p.done) continue;
      const [channel, ts] = k.split("/");
      const threadTs = p.threadTs || ts;
      let answer = null;
      for (const m of state.messages.values()) {
        if (m.channel !== channel || !(m.playground && m.playground.answer)) continue;
        if (parseFloat(m.ts) <= parseFloat(ts)) continue;
        const inThread = m.thread_ts === threadTs;
        const topLevelDm = !m.thread_ts && !p.threadTs && channelById(channel) && channelById(channel).is_im;
        if (inThread || topLevelDm) {
          answer = m;
          break;
        }
      }
      if (!answer) continue;
      if (!document.querySelector(`.msg[data-channel="${CSS.escape(channel)}"][data-ts="${CSS.escape(answer.ts)}"]`)) continue;
      p.done = true;
      const entry = { question: p.text, channel, ts, answer_ts: answer.ts, ms: now - p.t0 };
      window.claimbotTimings.push(entry);
      document.dispatchEvent(new CustomEvent("claimbot:answered", { detail: entry }));
    }
  }

  // -- composers --------------------------------------------------------------------------------
  const composers = {};

  function makeComposer(slot, { thread }) {
    const id = thread ? "thread" : "channel";
    slot.innerHTML = `<form class="composer" data-testid="${id}-composer" novalidate>
      <div class="composer-box">
        <div class="attachment" hidden data-testid="attachment"><span class="file-icon" aria-hidden="true">FILE</span><span class="attachment-name"></span>
          <button type="button" class="icon-button remove-attachment" aria-label="Remove the attached file">✕</button></div>
        <textarea rows="1" aria-autocomplete="list" aria-controls="${id}-autocomplete" aria-label="Message"></textarea>
        <div class="composer-toolbar">
          <button type="button" class="icon-button attach" aria-label="${thread ? "Attach a file to the thread" : "Attach a file"}" title="Attach a file">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M13.5 6.5 7.8 12.2a1.6 1.6 0 0 0 2.3 2.3l6-6a3.2 3.2 0 0 0-4.6-4.6l-6.2 6.2a4.8 4.8 0 0 0 6.8 6.8l5-5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/></svg>
          </button>
          <input type="file" class="file-input" hidden aria-label="${thread ? "Choose a file to share in the thread" : "Choose a file to share"}" accept=".pdf,.docx,.txt,.md,.eml,.doc,.csv,.html,.png,.jpg">
          <span class="composer-hint"><kbd>Enter</kbd> to send · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line · <code>/claim</code> for commands · drop files here</span>
          <button type="submit" class="send" aria-label="Send" title="Send">
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true"><path d="M3 10 17 3l-4 14-3-6-7-1Z" fill="currentColor"/></svg>
          </button>
        </div>
      </div>
      <ul class="autocomplete" id="${id}-autocomplete" role="listbox" hidden aria-label="Suggestions"></ul>
    </form>`;
    const form = slot.querySelector("form");
    const ta = form.querySelector("textarea");
    const fileInput = form.querySelector(".file-input");
    const chip = form.querySelector(".attachment");
    const list = form.querySelector(".autocomplete");
    let target = { channel: null, threadTs: null };
    let file = null;
    let items = [];
    let active = 0;
    let busy = false;

    const api = {
      setTarget(channel, threadTs, placeholder) {
        if (target.channel !== channel || target.threadTs !== threadTs) {
          target = { channel, threadTs };
        }
        ta.placeholder = placeholder;
        ta.setAttribute("aria-label", thread ? "Reply in thread" : placeholder);
      },
      focus() {
        ta.focus();
      },
      attach(f) {
        file = f;
        chip.hidden = !f;
        chip.querySelector(".attachment-name").textContent = f ? `${f.name} (${Math.max(1, Math.round(f.size / 1024))} KB)` : "";
        form.classList.toggle("has-file", !!f);
        if (f) ta.focus();
      },
      insert(text) {
        ta.value = text;
        ta.focus();
        autosize();
        updateAutocomplete();
      },
    };

    function autosize() {
      ta.style.height = "auto";
      ta.style.height = Math.min(ta.scrollHeight, 200) + "px";
    }

    function updateAutocomplete() {
      const v = ta.value;
      items = [];
      const caret = ta.selectionStart || v.length;
      const before = v.slice(0, caret);
      const mention = before.match(/(^|\s)@([\w.-]*)$/);
      if (/^\/\S*$/.test(v)) {
        items = state.commands
          .filter((c) => c.usage.startsWith(v) || c.command.startsWith(v))
          .map((c) => ({ label: c.usage, hint: c.hint, fill: c.usage.replace(/\s*\[.*$/, "") + " " }));
      } else if (/^\/claim\s+\S*$/.test(v) && !/^\/claim\s+\S+\s/.test(v)) {
        const word = v.replace(/^\/claim\s+/, "");
        items = state.commands
          .filter((c) => /^\/claim \w/.test(c.usage) && c.usage.slice(7).startsWith(word) && word.length < c.usage.slice(7).replace(/\s*\[.*$/, "").length)
          .map((c) => ({ label: c.usage, hint: c.hint, fill: c.usage.replace(/\s*\[.*$/, "") + (c.usage.includes("[") ? " " : "") }));
      } else if (mention) {
        const q = mention[2].toLowerCase();
        items = [...state.users.values()]
          .filter((u) => u.id !== (state.me && state.me.id))
          .filter((u) => u.name.toLowerCase().startsWith(q) || (u.real_name || "").toLowerCase().startsWith(q))
          .map((u) => ({ label: "@" + u.name, hint: u.is_bot ? "App" : u.real_name, mention: u.name, start: caret - mention[2].length - 1 }));
      }
      active = 0;
      renderAutocomplete();
    }

    function renderAutocomplete() {
      list.hidden = !items.length;
      ta.setAttribute("aria-expanded", String(!!items.length));
      list.innerHTML = items
        .map((it, i) => `<li role="option" id="${id}-opt-${i}" aria-selected="${i === active}" data-index="${i}" class="${i === active ? "active" : ""}"><span class="ac-label">${esc(it.label)}</span><span class="ac-hint">${esc(it.hint || "")}</span></li>`)
        .join("");
      if (items.length) ta.setAttribute("aria-activedescendant", `${id}-opt-${active}`);
      else ta.removeAttribute("aria-activedescendant");
    }

    function pick(i) {
      const it = items[i];
      if (!it) return;
      if (it.mention) {
        const v = ta.value;
        const caret = ta.selectionStart || v.length;
        ta.value = v.slice(0, it.start) + "@" + it.mention + " " + v.slice(caret);
        const pos = it.start + it.mention.length + 2;
        ta.setSelectionRange(pos, pos);
      } else {
        ta.value = it.fill;
      }
      items = [];
      renderAutocomplete();
      ta.focus();
    }

    ta.addEventListener("input", () => {
      autosize();
      updateAutocomplete();
    });
    ta.addEventListener("keydown", (e) => {
      if (items.length) {
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
          renderAutocomplete();
          return;
        }
        if (e.key === "Tab" || (e.key === "Enter" && !e.shiftKey && shouldPickOnEnter())) {
          e.preventDefault();
          pick(active);
          return;
        }
        if (e.key === "Escape") {
          items = [];
          renderAutocomplete();
          return;
        }
      }
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        send(performance.now());
      }
      if (e.key === "Escape" && thread) closeThread();
    });
    function shouldPickOnEnter() {
      // While typing a command's name or a mention, Enter completes it; after that, it sends.
      const v = ta.value;
      if (/^\/\S*$/.test(v)) return !state.commands.some((c) => c.command === v);
      return items.some((it) => it.mention);
    }
    list.addEventListener("mousedown", (e) => {
      const li = e.target.closest("li[data-index]");
      if (li) {
        e.preventDefault();
        pick(Number(li.dataset.index));
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      send(performance.now());
    });
    form.querySelector(".attach").addEventListener("click", () => fileInput.click());
    fileInput.addEventListener("change", () => {
      if (fileInput.files && fileInput.files[0]) api.attach(fileInput.files[0]);
      fileInput.value = "";
    });
    chip.querySelector(".remove-attachment").addEventListener("click", () => api.attach(null));

    async function send(t0) {
      if (busy) return;
      const text = ta.value.trim();
      if (!text && !file) return;
      const { channel, threadTs } = target;
      busy = true;
      form.classList.add("sending");
      try {
        if (file) {
          const fd = new FormData();
          fd.append("channel", channel);
          if (threadTs) fd.append("thread_ts", threadTs);
          fd.append("text", toSlack(text));
          fd.append("file", file, file.name);
          const r = await fetch("/api/files", { method: "POST", body: fd });
          if (!r.ok) throw new Error(await r.text());
          const res = await r.json();
          state.pending.set(key(channel, res.ts), { t0, text: text || file.name, threadTs, file: true });
          api.attach(null);
        } else if (text.startsWith("/")) {
          const [command, ...rest] = text.split(/\s+/);
          if (!state.commands.some((c) => c.command === command)) {
            localNote(channel, threadTs, `${command} is not a valid command. In Slack, all messages that start with the "/" character are interpreted as commands. Try /claim.`);
          } else {
            const r = await fetch("/api/commands", {
              method: "POST",
              headers: { "Content-Type": "application/json" },
              body: JSON.stringify({ channel, command, text: text.slice(command.length).trim() }),
            });
            if (!r.ok) throw new Error(await r.text());
          }
        } else {
          const r = await fetch("/api/messages", {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ channel, text: toSlack(text), thread_ts: threadTs }),
          });
          if (!r.ok) throw new Error(await r.text());
          const res = await r.json();
          state.pending.set(key(channel, res.ts), { t0, text, threadTs });
        }
        ta.value = "";
        autosize();
        items = [];
        renderAutocomplete();
        // The answer may have arrived before this response did: render (open its thread, time it).
        scheduleRender();
      } catch (err) {
        toast(`Could not send: ${err.message || err}`);
      } finally {
        busy = false;
        form.classList.remove("sending");
      }
    }

    composers[id] = api;
    return api;
  }

  /** What a Slack client sends: &, < and > escaped, @names as <@U…> mentions. */
  function toSlack(text) {
    let s = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    s = s.replace(/(^|[\s(])@([\w.-]+)/g, (m, pre, name) => {
      const u = [...state.users.values()].find((x) => x.name.toLowerCase() === name.toLowerCase());
      return u ? `${pre}<@${u.id}>` : m;
    });
    return s;
  }

  function localNote(channel, threadTs, text) {
    const ts = (Date.now() / 1000).toFixed(6);
    state.localNotes.push({ id: "local-" + ts, local: true, channel, thread_ts: threadTs, ts, text, user: "USLACKBOT" });
    scheduleRender();
  }


  // -- the assistant panel --------------------------------------------------------------------------
  async function post(url, body) {
    const r = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
    if (!r.ok) throw new Error(await r.text());
    return r.json();
  }

  function besideChannel() {
    const c = channelById(state.current);
    return c && !c.is_im ? c.id : null;
  }

  async function openAssistant(fresh) {
    state.assistantOpen = true;
    state.showHome = false;
    renderAll();
    if (state.assistant && !fresh) return;
    try {
      const r = await post("/api/assistant", { beside: besideChannel() });
      state.assistant = r.thread.thread_ts;
      // The event feed may already have brought a newer state of this thread (the bot's suggested
      // prompts can arrive before this response): keep it rather than this creation snapshot.
      if (!state.assistantThreads.has(r.thread.thread_ts)) state.assistantThreads.set(r.thread.thread_ts, r.thread);
    } catch (err) {
      toast(`Could not open the assistant: ${err.message || err}`);
    }
    scheduleRender();
  }

  function closeAssistant() {
    state.assistantOpen = false;
    renderAll();
  }

  async function followToChannel() {
    if (!state.assistantOpen || !state.assistant) return;
    const t = state.assistantThreads.get(state.assistant);
    const beside = besideChannel();
    if (!t || ((t.context || {}).channel_id || null) === beside) return;
    try {
      await post("/api/assistant/context", { thread_ts: state.assistant, beside });
    } catch (err) {
      toast(`The assistant could not follow you: ${err.message || err}`);
    }
  }

  async function askAssistant(text) {
    if (!state.assistant || !text.trim()) return;
    try {
      const r = await post("/api/assistant/messages", { thread_ts: state.assistant, text });
      state.pending.set(key(r.channel, r.ts), { t0: performance.now(), text, threadTs: state.assistant, opened: true });
    } catch (err) {
      toast(`That did not work: ${err.message || err}`);
    }
  }

  function renderAssistant() {
    const pane = $("#assistant-pane");
    $("#open-assistant").setAttribute("aria-expanded", String(state.assistantOpen));
    $("#app").classList.toggle("with-assistant", state.assistantOpen);
    pane.hidden = !state.assistantOpen;
    if (!state.assistantOpen) return;
    const t = state.assistant && state.assistantThreads.get(state.assistant);
    $("#assistant-title").textContent = (t && t.title) || "claimbot";
    const beside = t && t.context && t.context.channel_id ? channelById(t.context.channel_id) : null;
    $("#assistant-context").textContent = beside ? `Beside ${channelLabel(beside)}` : t ? "Not beside a channel" : "Opening…";
    const list = $("#assistant-messages");
    if (!t) {
      list.dataset.scope = "none";
      patch(list, []);
      return;
    }
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80 || list.dataset.thread !== t.thread_ts;
    const replies = threadMessages(t.channel_id, t.thread_ts).filter((m) => m.ts !== t.thread_ts);
    list.dataset.scope = "assistant/" + t.thread_ts;
    patch(list, renderList(replies, { inThread: true }));
    if (atBottom) list.scrollTop = list.scrollHeight;
    list.dataset.thread = t.thread_ts;
    $("#assistant-status").textContent = state.statuses.get(key(t.channel_id, t.thread_ts)) || "";
    const asked = replies.some((m) => m.user === state.me.id);
    const prompts = asked ? [] : t.prompts || [];
    $("#assistant-prompts").innerHTML = prompts
      .map((p) => `<button type="button" class="prompt-chip" data-testid="prompt" data-prompt="${esc(p.message)}">${esc(p.title)}</button>`)
      .join("");
  }

  // -- App Home ---------------------------------------------------------------------------------------
  async function openHome() {
    state.showHome = true;
    history.replaceState(null, "", "#home");
    renderAll();
    try {
      await post("/api/home", {});
    } catch (err) {
      toast(`Could not open Home: ${err.message || err}`);
    }
  }

  function renderHome() {
    const pane = $("#home-pane");
    pane.hidden = !state.showHome;
    $("#channel-pane").hidden = state.showHome;
    $("#home-link").classList.toggle("current", state.showHome);
    if (!state.showHome) return;
    const html = state.home ? BK.renderBlocks(state.home.blocks || [], ctx()) : '<p class="muted">Loading…</p>';
    const body = $("#home-body");
    if (body._html !== html) {
      body.innerHTML = html;
      body._html = html;
    }
  }

  // -- modals (views.open) ----------------------------------------------------------------------------
  function plain(t) {
    return esc((t && t.text) || "");
  }

  function renderInput(block) {
    const el = block.element || {};
    const id = `in-${block.block_id}-${el.action_id}`;
    const optional = block.optional ? ' <span class="muted">(optional)</span>' : "";
    if (el.type === "radio_buttons") {
      const options = (el.options || [])
        .map((o, i) => `<label><input type="radio" name="${esc(id)}" value="${esc(o.value)}" data-block="${esc(block.block_id)}" data-action="${esc(el.action_id)}"${i === 0 ? "" : ""}> ${plain(o.text)}</label><br>`)
        .join("");
      return `<fieldset data-input-type="radio_buttons" data-block="${esc(block.block_id)}" data-action="${esc(el.action_id)}"><legend>${plain(block.label)}${optional}</legend>${options}</fieldset>`;
    }
    if (el.type === "plain_text_input") {
      return `<div class="input" data-input-type="plain_text_input"><label class="input-label" for="${esc(id)}">${plain(block.label)}${optional}</label>
        <textarea id="${esc(id)}" data-block="${esc(block.block_id)}" data-action="${esc(el.action_id)}" maxlength="${esc(el.max_length || 3000)}"></textarea></div>`;
    }
    return `<p class="muted">(${esc(el.type || "input")})</p>`;
  }

  function renderModal() {
    const backdrop = $("#modal-backdrop");
    const [id, view] = [...state.views.entries()].pop() || [];
    if (!id) {
      backdrop.hidden = true;
      delete backdrop.dataset.viewId;
      return;
    }
    if (backdrop.dataset.viewId === id) return;
    backdrop.dataset.viewId = id;
    $("#modal-title").textContent = (view.title && view.title.text) || "";
    $("#modal-submit").textContent = (view.submit && view.submit.text) || "Submit";
    $("#modal-cancel").textContent = (view.close && view.close.text) || "Cancel";
    $("#modal-error").hidden = true;
    $("#modal-body").innerHTML = (view.blocks || []).map((b) => (b.type === "input" ? renderInput(b) : BK.renderBlocks([b], ctx()))).join("");
    backdrop.hidden = false;
    const first = $("#modal-body input, #modal-body textarea");
    if (first) first.focus();
  }

  function modalValues(view) {
    const values = {};
    for (const b of view.blocks || []) {
      if (b.type !== "input") continue;
      const el = b.element || {};
      const slot = (values[b.block_id] = {});
      if (el.type === "radio_buttons") {
        const picked = document.querySelector(`#modal-body input[type=radio][data-block="${CSS.escape(b.block_id)}"]:checked`);
        const option = picked && (el.options || []).find((o) => o.value === picked.value);
        slot[el.action_id] = { type: "radio_buttons", selected_option: option || null };
      } else if (el.type === "plain_text_input") {
        const ta = document.querySelector(`#modal-body textarea[data-block="${CSS.escape(b.block_id)}"]`);
        slot[el.action_id] = { type: "plain_text_input", value: ta && ta.value ? ta.value : null };
      }
    }
    return values;
  }

  async function submitModal(e) {
    e.preventDefault();
    const backdrop = $("#modal-backdrop");
    const id = backdrop.dataset.viewId;
    const view = state.views.get(id);
    if (!view) return;
    const missing = (view.blocks || []).filter((b) => b.type === "input" && !b.optional && (b.element || {}).type === "radio_buttons" && !document.querySelector(`#modal-body input[data-block="${CSS.escape(b.block_id)}"]:checked`));
    if (missing.length) {
      const err = $("#modal-error");
      err.textContent = `Please choose: ${missing.map((b) => b.label.text).join(", ")}`;
      err.hidden = false;
      return;
    }
    try {
      const r = await post("/api/views/submit", { view_id: id, values: modalValues(view) });
      if (r.closed) {
        state.views.delete(id);
        renderModal();
      }
    } catch (err) {
      toast(`That did not work: ${err.message || err}`);
    }
  }

  function cancelModal() {
    const id = $("#modal-backdrop").dataset.viewId;
    if (id) state.views.delete(id);
    renderModal();
  }

  // -- clicks -------------------------------------------------------------------------------------
  async function clickButton(btn) {
    const msgEl = btn.closest(".msg");
    if (!msgEl) return;
    const body = { action_id: btn.dataset.actionId, value: btn.dataset.value };
    if (msgEl.dataset.ephemeralId) body.ephemeral_id = msgEl.dataset.ephemeralId;
    else Object.assign(body, { channel: msgEl.dataset.channel, ts: msgEl.dataset.ts });
    btn.disabled = true;
    btn.classList.add("pressed");
    try {
      const r = await fetch("/api/actions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(await r.text());
    } catch (err) {
      toast(`That did not work: ${err.message || err}`);
    } finally {
      setTimeout(() => {
        btn.disabled = false;
        btn.classList.remove("pressed");
      }, 400);
    }
  }

  function closeThread() {
    state.thread = null;
    renderAll();
    if (composers.channel) composers.channel.focus();
  }

  function selectChannel(id) {
    if (!channelById(id)) return;
    state.showHome = false;
    state.current = id;
    if (state.thread && state.thread.channel !== id) state.thread = null;
    history.replaceState(null, "", "#" + id);
    renderAll();
    composers.channel.focus();
    followToChannel();
  }

  function toast(text) {
    const el = document.createElement("div");
    el.className = "toast";
    el.textContent = text;
    $("#toasts").appendChild(el);
    setTimeout(() => el.remove(), 6000);
  }

  // -- the protocol log ---------------------------------------------------------------------------
  function addActivity(a) {
    const list = $("#activity-list");
    const li = document.createElement("li");
    const time = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
    if (a.direction === "to_app") {
      const ok = a.status >= 200 && a.status < 300;
      li.className = ok ? "ok" : "bad";
      const what = { events_api: "POST event", slash_commands: "POST command", interactive: "POST interaction" }[a.envelope] || a.envelope;
      li.textContent = `${time}  → app  ${what} ${a.label}  ${a.status || a.error || "?"}  ${a.ms} ms${a.retry_num ? `  (retry ${a.retry_num})` : ""}`;
    } else {
      li.textContent = `${time}  ← app  ${a.method}${a.channel ? "  " + a.channel : ""}${a.has_metadata ? "  (with metadata)" : ""}`;
    }
    list.appendChild(li);
    while (list.children.length > 300) list.firstChild.remove();
    list.scrollTop = list.scrollHeight;
  }

  // -- wiring -------------------------------------------------------------------------------------
  function wire() {
    makeComposer($("#channel-composer"), { thread: false });
    makeComposer($("#thread-composer"), { thread: true });

    document.addEventListener("click", (e) => {
      if (e.target.closest("#home-link")) {
        e.preventDefault();
        openHome();
        return;
      }
      const item = e.target.closest(".sidebar-item");
      if (item) {
        e.preventDefault();
        selectChannel(item.dataset.channelId);
        return;
      }
      const bk = e.target.closest(".bk-button");
      if (bk) {
        if (bk.dataset.url) window.open(bk.dataset.url, "_blank", "noopener");
        if (bk.dataset.actionId) clickButton(bk);
        return;
      }
      const th = e.target.closest("[data-open-thread]");
      if (th) {
        const msgEl = th.closest(".msg");
        openThread(msgEl.dataset.channel, th.dataset.openThread);
        return;
      }
      const dismiss = e.target.closest("[data-dismiss]");
      if (dismiss) {
        state.dismissed.add(dismiss.dataset.dismiss);
        state.localNotes = state.localNotes.filter((n) => n.id !== dismiss.dataset.dismiss);
        scheduleRender();
        return;
      }
      const prompt = e.target.closest("[data-prompt]");
      if (prompt) {
        askAssistant(prompt.dataset.prompt);
        return;
      }
      const sug = e.target.closest("[data-suggestion]");
      if (sug) {
        composers.channel.insert(sug.dataset.suggestion);
        return;
      }
      const ch = e.target.closest(".channel-link[data-channel-id]");
      if (ch && channelById(ch.dataset.channelId)) selectChannel(ch.dataset.channelId);
    });

    // <details> toggles do not bubble: listen in the capture phase.
    document.addEventListener(
      "toggle",
      (e) => {
        const d = e.target;
        if (!(d instanceof HTMLDetailsElement) || !d.classList.contains("debug-panel")) return;
        const k = d.dataset.key;
        if (d.open) {
          state.openPanels.add(k);
          if (!state.debugCache.has(k)) loadDebug(d);
        } else {
          state.openPanels.delete(k);
        }
      },
      true,
    );

    $("#close-thread").addEventListener("click", closeThread);
    $("#open-assistant").addEventListener("click", () => (state.assistantOpen ? closeAssistant() : openAssistant(false)));
    $("#close-assistant").addEventListener("click", closeAssistant);
    $("#new-assistant-thread").addEventListener("click", () => openAssistant(true));
    $("#modal").addEventListener("submit", submitModal);
    $("#modal-cancel").addEventListener("click", cancelModal);
    const assistantForm = $("#assistant-composer");
    const assistantBox = assistantForm.querySelector("textarea");
    assistantForm.addEventListener("submit", (e) => {
      e.preventDefault();
      const text = assistantBox.value;
      assistantBox.value = "";
      askAssistant(text);
    });
    assistantBox.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey) {
        e.preventDefault();
        assistantForm.requestSubmit();
      }
    });
    $("#activity-toggle").addEventListener("click", (e) => {
      const panel = $("#activity");
      panel.hidden = !panel.hidden;
      e.currentTarget.setAttribute("aria-expanded", String(!panel.hidden));
      $("#app").classList.toggle("with-activity", !panel.hidden);
    });
    window.addEventListener("hashchange", () => {
      const wanted = decodeURIComponent(location.hash.slice(1));
      const channel = state.channels.find((c) => c.id === wanted || c.name === wanted);
      if (channel && channel.id !== state.current) selectChannel(channel.id);
    });

    // Drag and drop: onto the channel or onto the thread.
    for (const [paneSel, overlaySel, which] of [
      ["#channel-pane", "#channel-drop", "channel"],
      ["#thread-pane", "#thread-drop", "thread"],
    ]) {
      const pane = $(paneSel);
      const overlay = $(overlaySel);
      let depth = 0;
      const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes("Files");
      pane.addEventListener("dragenter", (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth++;
        overlay.hidden = false;
        const where = which === "thread" ? "the thread" : channelLabel(channelById(state.current));
        overlay.querySelector(".drop-box").textContent = `Drop to share in ${where}`;
      });
      pane.addEventListener("dragover", (e) => {
        if (hasFiles(e)) e.preventDefault();
      });
      pane.addEventListener("dragleave", () => {
        depth = Math.max(0, depth - 1);
        if (!depth) overlay.hidden = true;
      });
      pane.addEventListener("drop", (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth = 0;
        overlay.hidden = true;
        const f = e.dataTransfer.files[0];
        if (f) composers[which].attach(f);
      });
    }
    // A file dropped anywhere else must not navigate away from the page.
    window.addEventListener("dragover", (e) => e.preventDefault());
    window.addEventListener("drop", (e) => e.preventDefault());
  }

  document.addEventListener("DOMContentLoaded", () => {
    wire();
    connect();
  });
})();
