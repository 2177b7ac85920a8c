"""What a language-model answer sends: prompt tokens per question by model, and its cost.

    .venv/bin/python bench/llm_prompt_tokens.py [--questions 30]

Ingests data/ into a temporary home and asks the eval questions in LLM mode against the local
OpenAI-compatible stand-in of the tests, scripted as a typical fact question goes (the manager
calls the needle expert, then answers with the expert's reply). The stand-in's own token counts
are made up, so the figures here count the requests' messages and tool schemas with OpenAI's
o200k tokenizer (bundled by LlamaIndex; no download): the prompt side of the bill, which is most
of it. Completion tokens are assumed at 60 a call. Prices: rag/llm/usage.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from openai_standin import OpenAIStandIn, Reply, excerpts, role_of, tool_results  # noqa: E402

COMPLETION_TOKENS = 60


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=30)
    args = parser.parse_args()

    import llama_index.core
    import tiktoken

    os.environ["TIKTOKEN_CACHE_DIR"] = str(Path(llama_index.core.__file__).parent / "_static" / "tiktoken_cache")
    encoding = tiktoken.get_encoding("o200k_base")  # gpt-4o's; bundled by LlamaIndex
    del os.environ["TIKTOKEN_CACHE_DIR"]
    server = OpenAIStandIn(api_key=None).start()

    def reply(body: dict) -> Reply:
        role = role_of(body)
        if role != "manager":
            return Reply(f"The files say so [{min(excerpts(body) or {1: ''})}].")
        results = tool_results(body)
        if not results:
            return Reply(tool_calls=[("needle_expert", {"question": body["messages"][-1]["content"]})])
        return Reply(results[-1].get("answer", ""))

    server.default = reply
    os.environ.update(CLAIMBOT_ANSWER_MODE="llm", OPENAI_BASE_URL=server.base_url, ANONYMIZED_TELEMETRY="False")
    from rag.config import Settings
    from rag.engine import Engine
    from rag.llm.usage import estimated_cost

    with tempfile.TemporaryDirectory() as home:
        engine = Engine.open(Settings(home=Path(home)))
        engine.ingest_paths([ROOT / "data" / "claims", ROOT / "data" / "workspace"])
        lines = (ROOT / "data" / "eval" / "questions.jsonl").read_text().splitlines()
        questions = [json.loads(line)["question"] for line in lines if line.strip()][: args.questions]
        per_question: dict[str, list[int]] = {"manager": [], "expert": []}
        calls: dict[str, list[int]] = {"manager": [], "expert": []}
        for question in questions:
            start = len(server.chat_requests)
            engine.ask(question)
            tokens = {"manager": 0, "expert": 0}
            count = {"manager": 0, "expert": 0}
            for body in server.chat_requests[start:]:
                who = "manager" if role_of(body) == "manager" else "expert"
                sent = json.dumps(body["messages"]) + json.dumps(body.get("tools", []))
                tokens[who] += len(encoding.encode(sent))
                count[who] += 1
            for who in tokens:
                per_question[who].append(tokens[who])
                calls[who].append(count[who])
    server.stop()

    print(f"{len(questions)} questions from data/eval/questions.jsonl, data/ ingested")
    print(f"{'model':<12} {'calls/q':>7} {'prompt tok/q median':>20} {'p90':>7}")
    cost = 0.0
    for who, model in (("manager", "gpt-4o"), ("expert", "gpt-4o-mini")):
        values = sorted(per_question[who])
        median = statistics.median(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        n_calls = statistics.mean(calls[who])
        print(f"{who:<12} {n_calls:>7.1f} {median:>20.0f} {p90:>7}")
        cost += estimated_cost(model, int(median), int(COMPLETION_TOKENS * n_calls)) or 0.0
    print(f"estimated cost a question (gpt-4o manager, gpt-4o-mini experts, list prices): ${cost:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
