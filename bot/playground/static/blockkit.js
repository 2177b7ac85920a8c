/* Block Kit and mrkdwn, rendered to HTML strings.
 *
 * Slack text arrives with &, < and > escaped as &amp; &lt; &gt;; a literal "<" only opens an
 * entity (<@U123>, <#C123|name>, <!here>, <https://x|label>). Everything here turns that text
 * into safe HTML: entities are cut out first, the rest is decoded and HTML-escaped, then the
 * formatting (*bold*, _italic_, ~strike~, `code`, ```pre```, > quotes, bullets, :emoji:) is
 * applied. Interactive elements carry data-* attributes; the page handles clicks by delegation.
 */
(function (root) {
  "use strict";

  const EMOJI = {
    "+1": "👍", thumbsup: "👍", "-1": "👎", thumbsdown: "👎", eyes: "👀", page_facing_up: "📄",
    no_entry_sign: "🚫", warning: "⚠️", information_source: "ℹ️", white_check_mark: "✅",
    heavy_check_mark: "✔️", x: "❌", mag: "🔍", paperclip: "📎", wave: "👋", tada: "🎉",
    bulb: "💡", memo: "📝", hourglass: "⏳", hourglass_flowing_sand: "⏳", rotating_light: "🚨",
    car: "🚗", house: "🏠", fire: "🔥", moneybag: "💰", calendar: "📅", date: "📅",
    clipboard: "📋", books: "📚", bookmark_tabs: "📑", link: "🔗", lock: "🔒", question: "❓",
    exclamation: "❗", speech_balloon: "💬", robot_face: "🤖", sparkles: "✨", smile: "😄",
    slightly_smiling_face: "🙂", thinking_face: "🤔", pray: "🙏", raised_hands: "🙌",
    heart: "❤️", star: "⭐", zap: "⚡", hammer_and_wrench: "🛠️", card_index_dividers: "🗂️",
    file_folder: "📁", open_file_folder: "📂", inbox_tray: "📥", outbox_tray: "📤",
    chart_with_upwards_trend: "📈", dollar: "💵", scales: "⚖️", ambulance: "🚑",
    droplet: "💧", ok_hand: "👌", point_right: "👉", arrow_right: "➡️", new: "🆕",
  };

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
  }

  /** Slack's three escapes back to characters. */
  function decodeSlack(s) {
    return String(s).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  }

  function emojify(html) {
    return html.replace(/:([a-z0-9_+\-]+):/g, (m, name) =>
      EMOJI[name] ? `<span class="emoji" role="img" aria-label="${escapeHtml(name)}" title=":${escapeHtml(name)}:">${EMOJI[name]}</span>` : m,
    );
  }

  function safeUrl(url) {
    const u = String(url).trim();
    if (/^(https?:|mailto:)/i.test(u)) return u;
    return null;
  }

  /** One <...> entity as HTML. ``ctx`` resolves user and channel names. */
  function entity(body, ctx) {
    const [target, labelRaw] = splitOnce(body, "|");
    const label = labelRaw === undefined ? null : decodeSlack(labelRaw);
    if (target.startsWith("@")) {
      const id = target.slice(1);
      const name = label || (ctx.userName ? ctx.userName(id) : id);
      const me = ctx.me && ctx.me === id ? " mention-me" : "";
      return `<span class="mention${me}" data-user-id="${escapeHtml(id)}">@${escapeHtml(name)}</span>`;
    }
    if (target.startsWith("#")) {
      const id = target.slice(1);
      const name = label || (ctx.channelName ? ctx.channelName(id) : id);
      return `<span class="channel-link" data-channel-id="${escapeHtml(id)}">#${escapeHtml(name)}</span>`;
    }
    if (target.startsWith("!")) {
      const word = target.slice(1).split("^")[0];
      const name = label || (["here", "channel", "everyone"].includes(word) ? word : word.replace(/^subteam\^?/, ""));
      return `<span class="mention mention-broadcast">@${escapeHtml(name)}</span>`;
    }
    const url = safeUrl(decodeSlack(target));
    const text = label || decodeSlack(target).replace(/^mailto:/, "");
    if (!url) return escapeHtml(text);
    return `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
  }

  function splitOnce(s, sep) {
    const i = s.indexOf(sep);
    return i < 0 ? [s] : [s.slice(0, i), s.slice(i + 1)];
  }

  const OPEN = "(^|[\\s([{\"'>~_*\\u2018\\u201c])";
  const CLOSE = "(?=$|[\\s)\\]}.,;:!?\"'<~_*\\u2019\\u201d-])";

  function styleSpans(html) {
    const wrap = (char, tag) => {
      const c = "\\" + char;
      const re = new RegExp(`${OPEN}${c}([^\\s${c}](?:[^${c}\\n]*?[^\\s${c}])?)${c}${CLOSE}`, "g");
      html = html.replace(re, (m, pre, inner) => `${pre}<${tag}>${inner}</${tag}>`);
    };
    wrap("*", "strong");
    wrap("_", "em");
    wrap("~", "del");
    return html;
  }

  /** Inline mrkdwn (no block structure) to HTML. */
  function inline(text, ctx) {
    const slots = [];
    const keep = (html) => `\u0000${slots.push(html) - 1}\u0000`;
    let s = String(text);
    // `code` spans first: nothing inside them is formatted.
    s = s.replace(/`([^`\n]+)`/g, (m, code) => keep(`<code>${escapeHtml(decodeSlack(code))}</code>`));
    // <entities>: mentions, channels, links.
    s = s.replace(/<([^<>\n]+)>/g, (m, body) => keep(entity(body, ctx)));
    let html = escapeHtml(decodeSlack(s));
    html = styleSpans(html);
    html = emojify(html);
    return html.replace(/\u0000(\d+)\u0000/g, (m, i) => slots[Number(i)]);
  }

  const QUOTE = /^(?:>|&gt;)\s?(.*)$/;
  const BULLET = /^\s*(?:[•◦▪‣]|[-*](?=\s))\s+(.*)$/;
  const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

  /** Block structure of a run of lines without pre blocks: quotes, bullets, paragraphs. */
  function lines(text, ctx) {
    const out = [];
    const rows = text.split("\n");
    let i = 0;
    while (i < rows.length) {
      const row = rows[i];
      if (QUOTE.test(row)) {
        const quoted = [];
        while (i < rows.length && QUOTE.test(rows[i])) quoted.push(rows[i++].match(QUOTE)[1]);
        out.push(`<blockquote>${quoted.map((q) => inline(q, ctx)).join("<br>")}</blockquote>`);
        continue;
      }
      if (BULLET.test(row)) {
        const items = [];
        while (i < rows.length && BULLET.test(rows[i])) items.push(rows[i++].match(BULLET)[1]);
        out.push(`<ul>${items.map((t) => `<li>${inline(t, ctx)}</li>`).join("")}</ul>`);
        continue;
      }
      if (NUMBERED.test(row)) {
        const items = [];
        const start = Number(row.match(NUMBERED)[1]);
        while (i < rows.length && NUMBERED.test(rows[i])) items.push(rows[i++].match(NUMBERED)[2]);
        out.push(`<ol start="${start}">${items.map((t) => `<li>${inline(t, ctx)}</li>`).join("")}</ol>`);
        continue;
      }
      const para = [];
      while (i < rows.length && !QUOTE.test(rows[i]) && !BULLET.test(rows[i]) && !NUMBERED.test(rows[i])) {
        para.push(rows[i++]);
      }
      // Blank lines become visible paragraph breaks.
      const html = para.map((p) => inline(p, ctx)).join("<br>");
      out.push(`<p>${html.replace(/^(<br>)+|(<br>)+$/g, "")}</p>`);
    }
    return out.filter((h) => h !== "<p></p>").join("");
  }

  /** mrkdwn to HTML: ```pre``` blocks, then line structure, then inline formatting. */
  function mrkdwn(text, ctx) {
    ctx = ctx || {};
    const parts = String(text || "").split("```");
    let html = "";
    parts.forEach((part, i) => {
      if (i % 2 === 1 && i < parts.length - 1) {
        html += `<pre>${escapeHtml(decodeSlack(part.replace(/^\n/, "").replace(/\n$/, "")))}</pre>`;
      } else {
        const chunk = i % 2 === 1 ? "```" + part : part;
        if (chunk.trim()) html += lines(chunk.replace(/^\n|\n$/g, ""), ctx);
      }
    });
    return html;
  }

  function plain(obj, ctx) {
    if (!obj) return "";
    if (obj.type === "mrkdwn") return mrkdwn(obj.text, ctx);
    const html = escapeHtml(obj.text || "");
    return obj.emoji === false ? html : emojify(html);
  }

  function plainInline(obj, ctx) {
    if (!obj) return "";
    if (obj.type === "mrkdwn") return inline(obj.text, ctx);
    return emojify(escapeHtml(obj.text || ""));
  }

  function button(el, block, ctx) {
    const style = el.style === "primary" || el.style === "danger" ? ` btn-${el.style}` : "";
    const attrs = [
      `type="button"`,
      `class="bk-button${style}"`,
      `data-action-id="${escapeHtml(el.action_id || "")}"`,
      `data-block-id="${escapeHtml(block.block_id || "")}"`,
      `data-value="${escapeHtml(el.value || "")}"`,
      `data-testid="block-button"`,
    ];
    if (el.url && safeUrl(el.url)) attrs.push(`data-url="${escapeHtml(el.url)}"`);
    if (el.accessibility_label) attrs.push(`aria-label="${escapeHtml(el.accessibility_label)}"`);
    return `<button ${attrs.join(" ")}>${plainInline(el.text, ctx)}</button>`;
  }

  function image(el, cls) {
    const url = safeUrl(el.image_url || "");
    if (!url) return "";
    return `<img class="${cls}" src="${escapeHtml(url)}" alt="${escapeHtml(el.alt_text || "")}">`;
  }

  function element(el, block, ctx) {
    switch (el.type) {
      case "button":
        return button(el, block, ctx);
      case "image":
        return image(el, "bk-image-el");
      case "overflow":
      case "static_select":
      case "users_select":
      case "datepicker":
        return `<span class="bk-unsupported" title="${escapeHtml(el.type)}">[${escapeHtml(el.type)}]</span>`;
      default:
        return plainInline(el, ctx);
    }
  }

  function richText(block, ctx) {
    // rich_text: sections of text runs; rendered as plain paragraphs with simple styles.
    const run = (e) => {
      if (e.type === "text") {
        let h = escapeHtml(e.text || "").replace(/\n/g, "<br>");
        const st = e.style || {};
        if (st.code) h = `<code>${h}</code>`;
        if (st.bold) h = `<strong>${h}</strong>`;
        if (st.italic) h = `<em>${h}</em>`;
        if (st.strike) h = `<del>${h}</del>`;
        return h;
      }
      if (e.type === "link") return entity(`${e.url}${e.text ? "|" + e.text : ""}`, ctx);
      if (e.type === "user") return entity(`@${e.user_id}`, ctx);
      if (e.type === "channel") return entity(`#${e.channel_id}`, ctx);
      if (e.type === "emoji") return emojify(`:${escapeHtml(e.name)}:`);
      return "";
    };
    const part = (p) => {
      const inner = (p.elements || []).map((x) => (x.elements ? part(x) : run(x))).join("");
      if (p.type === "rich_text_quote") return `<blockquote>${inner}</blockquote>`;
      if (p.type === "rich_text_preformatted") return `<pre>${inner}</pre>`;
      if (p.type === "rich_text_list") {
        const tag = p.style === "ordered" ? "ol" : "ul";
        return `<${tag}>${(p.elements || []).map((li) => `<li>${part(li)}</li>`).join("")}</${tag}>`;
      }
      if (p.type === "rich_text_section") return inner;
      return inner;
    };
    return `<div class="bk-rich-text"><p>${(block.elements || []).map(part).join("")}</p></div>`;
  }

  function block(b, ctx) {
    const id = b.block_id ? ` data-block-id="${escapeHtml(b.block_id)}"` : "";
    switch (b.type) {
      case "section": {
        let body = "";
        if (b.text) body += `<div class="bk-text">${plain(b.text, ctx)}</div>`;
        if (b.fields && b.fields.length) {
          body += `<div class="bk-fields">${b.fields.map((f) => `<div class="bk-field">${plain(f, ctx)}</div>`).join("")}</div>`;
        }
        let acc = "";
        if (b.accessory) {
          acc = `<div class="bk-accessory">${b.accessory.type === "image" ? image(b.accessory, "bk-acc-image") : element(b.accessory, b, ctx)}</div>`;
        }
        return `<div class="bk-block bk-section"${id}><div class="bk-section-main">${body}</div>${acc}</div>`;
      }
      case "context":
        return `<div class="bk-block bk-context"${id}>${(b.elements || [])
          .map((e) => (e.type === "image" ? image(e, "bk-context-image") : `<span class="bk-context-el">${plainInline(e, ctx)}</span>`))
          .join("")}</div>`;
      case "divider":
        return `<hr class="bk-block bk-divider"${id}>`;
      case "header":
        return `<div class="bk-block bk-header" role="heading" aria-level="3"${id}>${plainInline(b.text, ctx)}</div>`;
      case "actions":
        return `<div class="bk-block bk-actions" role="group"${id}>${(b.elements || []).map((e) => element(e, b, ctx)).join("")}</div>`;
      case "image":
        return `<figure class="bk-block bk-image"${id}>${image(b, "bk-image-img")}${b.title ? `<figcaption>${plainInline(b.title, ctx)}</figcaption>` : ""}</figure>`;
      case "rich_text":
        return richText(b, ctx);
      default:
        return `<div class="bk-block bk-unsupported"${id}>[unsupported block: ${escapeHtml(b.type)}]</div>`;
    }
  }

  function renderBlocks(blocks, ctx) {
    return (blocks || []).map((b) => block(b, ctx || {})).join("");
  }

  const api = { mrkdwn, inline, renderBlocks, escapeHtml, decodeSlack, emojify, EMOJI };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.BlockKit = api;
})(typeof window !== "undefined" ? window : globalThis);
