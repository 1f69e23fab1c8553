"""Rows of the bots' benchmarks: answer path and open loop, memory, poll burst, webhook workers."""

from __future__ import annotations

from typing import Any

from tests.bench.report_cells import (
    NOT_AVAILABLE,
    Row,
    number,
    players_text,
    ratio_of,
    ratio_text,
    unavailable,
)


def answer_rows(result: dict[str, Any] | None, error: str | None) -> list[Row]:
    """Rows of the answer-path benchmark: throughput, latency, CPU per answer."""
    if not result:
        return [
            unavailable("Answer path: answers/s", "≥ 1.5× baseline", error),
            unavailable("Answer latency p95 (ms)", "≤ 1.0× baseline", error),
        ]
    ours, base = result["quizbot"], result["baseline"]
    users, players = result["users"], result.get("players")
    where = f"{users} users" + (f", {players_text(players)}-player DB" if players else "")
    throughput = ratio_of(ours["answers_per_s"], base["answers_per_s"])
    rows = [
        Row(
            f"Answer path: answers/s ({where})",
            number(ours["answers_per_s"]),
            number(base["answers_per_s"]),
            ratio_text(throughput),
            "≥ 1.5× baseline",
            None if throughput is None else throughput >= 1.5,
        )
    ]
    for pct in ("p50", "p95", "p99"):
        value, baseline = ours["latency_ms"][pct], base["latency_ms"][pct]
        ratio = ratio_of(value, baseline)
        goal = "≤ 1.0× baseline" if pct == "p95" else "—"
        met = (ratio <= 1.0) if pct == "p95" and ratio is not None else None
        rows.append(
            Row(
                f"Answer latency {pct}, press → edit (ms)",
                number(value),
                number(baseline),
                ratio_text(ratio),
                goal,
                met,
            )
        )
    rows.extend(open_loop_rows(ours.get("open_loop"), base.get("open_loop")))
    cpu = ratio_of(ours.get("cpu_ms_per_answer"), base.get("cpu_ms_per_answer"))
    rows.append(
        Row(
            "Bot CPU per answer + next question (ms)",
            number(ours.get("cpu_ms_per_answer")),
            number(base.get("cpu_ms_per_answer")),
            ratio_text(cpu),
        )
    )
    service = result.get("service_breakdown") or {}
    if service.get("cycle_ms") is not None:
        rows.append(
            Row(
                "Quiz service DB work per answer + next (ms, in-process)",
                number(service["cycle_ms"], 2),
            )
        )
    return rows


def open_loop_rows(ours: dict[str, Any] | None, base: dict[str, Any] | None) -> list[Row]:
    """Rows of the open-loop answer path: p95 press -> edit at a fixed rate, and errors."""
    if not ours:
        return []
    title = f"Open loop, {number(ours['rate'])} presses/s for {number(ours['seconds'])} s"
    p95 = ours["latency_ms"]["p95"]
    base_p95 = (base or {}).get("latency_ms", {}).get("p95")
    failures = ours["timeouts"] + sum(ours["errors"].values())
    return [
        Row(
            f"{title}: p95 press → edit (ms)",
            number(p95),
            number(base_p95),
            ratio_text(ratio_of(p95, base_p95)),
            "< 100 ms",
            None if p95 is None else p95 < 100,
        ),
        Row(
            f"{title}: errors + timeouts / presses skipped (no idle user)",
            f"{failures} / {ours['skipped']}",
            goal="0 errors",
            met=failures == 0,
        ),
    ]


def memory_rows(result: dict[str, Any] | None, error: str | None) -> list[Row]:
    """Row of the memory figure: quizbot's peak RSS under the answer-path load."""
    if not result:
        return [unavailable("Peak RSS of `quizbot run` (MiB)", "≤ 200 MiB", error)]
    ours, base = result["quizbot"].get("peak_rss_mib"), result["baseline"].get("peak_rss_mib")
    players = result.get("players")
    where = f"{players_text(players)}-player DB, " if players else ""
    return [
        Row(
            f"Peak RSS of `quizbot run` ({where}under load) (MiB)",
            number(ours),
            f"{number(base)} (minimal PTB bot)",
            ratio_text(ratio_of(ours, base)),
            "≤ 200 MiB",
            None if ours is None else ours <= 200,
        )
    ]


def poll_burst_rows(result: dict[str, Any] | None, error: str | None) -> list[Row]:
    """Rows of the poll burst: time to absorb every vote, exactly once, and the board."""
    if not result:
        return [unavailable("Poll burst: 10,000 votes on one group poll (s)", "< 30 s", error)]
    voters = f"{result['voters']:,} votes on one group poll, {result['database']}"
    return [
        Row(
            f"Poll burst: {voters}, all scored (s)",
            number(result["absorb_seconds"], 1),
            goal=f"< {result['goal_seconds']:g} s",
            met=bool(result["met"]),
        ),
        Row(
            "Poll burst: all acknowledged to Telegram (s) / bot CPU per vote (ms)",
            f"{result['acknowledged_seconds']:g} / {result['bot_cpu_ms_per_vote']:g}",
        ),
        Row(
            "Poll burst: scored exactly once / group board right afterwards",
            f"{'yes' if result['exactly_once'] else 'no'} / "
            f"{'yes' if result['board_right'] else 'no'} ({result['board_ms']:g} ms)",
            goal="yes / yes",
            met=bool(result["exactly_once"] and result["board_right"]),
        ),
    ]


def workers_rows(result: dict[str, Any] | None, error: str | None) -> list[Row]:
    """Rows of the several-processes comparison on PostgreSQL."""
    if not result:
        return [unavailable("2 webhook workers vs 1 on PostgreSQL: answers/s", "≥ 1.7×", error)]
    one, two = result["one"], result["two"]
    return [
        Row(
            f"2 webhook workers vs 1 on PostgreSQL: answers/s ({result['users']} users)",
            number(two["answers_per_s"]),
            baseline=number(one["answers_per_s"]),
            ratio=f"{result['ratio']:.2f}×" if result["ratio"] else NOT_AVAILABLE,
            goal=f"≥ {result['goal_ratio']:g}×",
            met=result["ratio"] is not None and result["ratio"] >= result["goal_ratio"],
        ),
        Row(
            "2 webhook workers: lost / duplicated answers",
            f"{result['lost']} / {result['duplicated']}",
            goal="0 / 0",
            met=result["lost"] == 0 and result["duplicated"] == 0,
        ),
    ]
