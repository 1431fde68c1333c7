#!/usr/bin/env python3
"""Rooms by feature (issue 15): move engine/, views/ and the CLI into feature folders.

Usage:  python move_rooms.py /path/to/repo [--dry-run] [--allow-dirty] [--tools-bin DIR]

What it does, in order:
  1. refuses to run on a tree where the rooms already exist (it runs once) or with
     uncommitted changes (unless --allow-dirty);
  2. ``git mv`` every file of MOVES that exists (a missing one is reported, not fatal);
     files of the moved folders that are not in MOVES or STAYS stay where they are and are
     reported (new files from other branches);
  3. writes each new package's ``__init__.py`` (ROOMS: one paragraph saying what it owns),
     and ``talkpush_desktop/api/__init__.py``;
  4. rewrites references in the package, tests, benchmarks, scripts, docs, README.md,
     CONTRIBUTING.md, build.spec, pyproject.toml and .ci/:
       - dotted names ``talkpush_desktop.engine.sync[.X]`` everywhere (imports, mock targets,
         ``-m`` lines), in one pass so nothing is rewritten twice;
       - ``from talkpush_desktop.engine import sync, demo`` split into
         ``from talkpush_desktop.engine.messaging import sync`` (an ``as`` keeps the local
         name when the file was renamed) and ``from talkpush_desktop.engine import demo``;
       - relative imports (``from . import x``, ``from .x import y``) of moved modules;
       - in comments, strings and non-Python files also the short forms
         ``engine/sync.py``, ``views/app.py``, ``engine.sync``, ``views.operations``,
         ``cli.py``, ``cli_calls.py``;
  5. adds the import-linter contracts of CONTRACTS to pyproject.toml; with lint-imports
     available, keeps only those that pass and lists the broken ones;
  6. with the tools available: ``ruff check --fix --select I`` (imports re-sorted after the
     renames) and ``ruff format``, then stages everything (``git add -A``) so ``git status``
     shows renames, and runs ruff, mypy, lint-imports and ``python -m talkpush_desktop --help``.
It commits nothing. Plain Python 3.11, standard library only.
"""

from __future__ import annotations

import argparse
import ast
import io
import os
import re
import shutil
import subprocess
import sys
import tokenize
from pathlib import Path

PKG = "talkpush_desktop"

# -- the cut -------------------------------------------------------------------------------
# old path (relative to talkpush_desktop/) -> new path.
MOVES: dict[str, str] = {
    # engine/candidates: one candidate's record and everything a recruiter does to it
    "engine/candidates.py": "engine/candidates/records.py",
    "engine/activity.py": "engine/candidates/activity.py",
    "engine/folders.py": "engine/candidates/folders.py",
    "engine/labels.py": "engine/candidates/labels.py",
    "engine/contacts.py": "engine/candidates/contacts.py",
    "engine/filters.py": "engine/candidates/filters.py",
    "engine/selection.py": "engine/candidates/selection.py",
    "engine/candidate_sets.py": "engine/candidates/candidate_sets.py",
    "engine/undo.py": "engine/candidates/undo.py",
    "engine/attachments.py": "engine/candidates/attachments.py",
    # engine/messaging: a message from the composer to the provider and back
    "engine/messages.py": "engine/messaging/messages.py",
    "engine/outbox.py": "engine/messaging/outbox.py",
    "engine/sending.py": "engine/messaging/sending.py",
    "engine/inbound.py": "engine/messaging/inbound.py",
    "engine/replies.py": "engine/messaging/replies.py",
    "engine/sync.py": "engine/messaging/sync.py",
    "engine/tokens.py": "engine/messaging/tokens.py",
    "engine/links.py": "engine/messaging/links.py",
    "engine/templates.py": "engine/messaging/templates.py",
    "engine/event_templates.py": "engine/messaging/event_templates.py",
    "engine/invitations.py": "engine/messaging/invitations.py",
    "engine/sms_segments.py": "engine/messaging/sms_segments.py",
    "engine/email_html.py": "engine/messaging/email_html.py",
    "engine/schedule.py": "engine/messaging/schedule.py",
    "engine/workspace_messaging.py": "engine/messaging/service.py",
    # engine/interview: the bot, the phone interview, answers
    "engine/interview.py": "engine/interview/bot.py",
    "engine/ivr.py": "engine/interview/phone.py",
    "engine/responses.py": "engine/interview/responses.py",
    "engine/sandbox_calls.py": "engine/interview/sandbox_calls.py",
    # engine/providers (exists): + their settings, secrets and the sandbox's world
    "engine/provider_config.py": "engine/providers/config.py",
    "engine/secret_store.py": "engine/providers/secret_store.py",
    "engine/sandbox_world.py": "engine/providers/sandbox_world.py",
    # engine/analytics: the supervisor dashboard's figures
    "engine/analytics.py": "engine/analytics/series.py",
    "engine/analytics_cohorts.py": "engine/analytics/cohorts.py",
    "engine/analytics_drill.py": "engine/analytics/drill.py",
    "engine/analytics_rollup.py": "engine/analytics/rollup.py",
    "engine/analytics_time.py": "engine/analytics/local_time.py",
    "engine/analytics_weeks.py": "engine/analytics/weeks.py",
    # engine/exports (exists): + the Workspace's export methods
    "engine/workspace_exports.py": "engine/exports/service.py",
    # engine/company: the company's settings, team and campaigns
    "engine/company.py": "engine/company/settings.py",
    "engine/team.py": "engine/company/team.py",
    "engine/campaigns.py": "engine/company/campaigns.py",
    "engine/defaults.py": "engine/company/campaign_defaults.py",
    # views/campaign_view: the main window's panes around the candidate list
    "views/navigation_pane.py": "views/campaign_view/navigation_pane.py",
    "views/folder_list.py": "views/campaign_view/folder_list.py",
    "views/label_list.py": "views/campaign_view/label_list.py",
    "views/label_dialog.py": "views/campaign_view/label_dialog.py",
    "views/candidate_list_pane.py": "views/campaign_view/candidate_list_pane.py",
    "views/candidate_list_model.py": "views/campaign_view/candidate_list_model.py",
    "views/candidate_delegate.py": "views/campaign_view/candidate_delegate.py",
    "views/list_count.py": "views/campaign_view/list_count.py",
    "views/filter_panel.py": "views/campaign_view/filter_panel.py",
    "views/list_scope.py": "views/campaign_view/list_scope.py",
    "views/selection.py": "views/campaign_view/selection.py",
    "views/bulk_bar.py": "views/campaign_view/bulk_bar.py",
    "views/bulk_actions.py": "views/campaign_view/bulk_actions.py",
    "views/triage.py": "views/campaign_view/triage.py",
    "views/profile_pane.py": "views/campaign_view/profile_pane.py",
    "views/profile_sections.py": "views/campaign_view/profile_sections.py",
    "views/notify_prompt.py": "views/campaign_view/notify_prompt.py",
    # views/chat: the conversation pane
    "views/chat_pane.py": "views/chat/chat_pane.py",
    "views/composer.py": "views/chat/composer.py",
    "views/channel_combo.py": "views/chat/channel_combo.py",
    "views/message_model.py": "views/chat/message_model.py",
    "views/message_delegate.py": "views/chat/message_delegate.py",
    "views/history_view.py": "views/chat/history_view.py",
    "views/quick_reply_dialog.py": "views/chat/quick_reply_dialog.py",
    "views/send_report.py": "views/chat/send_report.py",
    "views/outbox_sync.py": "views/chat/outbox_sync.py",
    # views/analytics: the Analytics & Usage Data window
    "views/analytics_window.py": "views/analytics/window.py",
    "views/analytics_charts.py": "views/analytics/charts.py",
    "views/analytics_toolbar.py": "views/analytics/toolbar.py",
    "views/chart_card.py": "views/analytics/chart_card.py",
    "views/date_axis.py": "views/analytics/date_axis.py",
    "views/time_frame.py": "views/analytics/time_frame.py",
    # views/intake: Add Candidate
    "views/add_candidate_dialog.py": "views/intake/add_candidate_dialog.py",
    "views/import_tab.py": "views/intake/import_tab.py",
    "views/import_preview_model.py": "views/intake/import_preview_model.py",
    "views/column_mapping_form.py": "views/intake/column_mapping_form.py",
    "views/manual_add_form.py": "views/intake/manual_add_form.py",
    "views/intake_operations.py": "views/intake/operations.py",
    # views/exports
    "views/export_actions.py": "views/exports/export_actions.py",
    # views/settings
    "views/providers_dialog.py": "views/settings/providers_dialog.py",
    "views/sandbox_phone.py": "views/settings/sandbox_phone.py",
    # views/widgets: generic pieces
    "views/background.py": "views/widgets/background.py",
    "views/operations.py": "views/widgets/operations.py",
    "views/task_progress.py": "views/widgets/task_progress.py",
    "views/save_dialog.py": "views/widgets/save_dialog.py",
    "views/flow_layout.py": "views/widgets/flow_layout.py",
    "views/elided_label.py": "views/widgets/elided_label.py",
    "views/file_drop_zone.py": "views/widgets/file_drop_zone.py",
    "views/collapsing_button.py": "views/widgets/collapsing_button.py",
    "views/value_field.py": "views/widgets/value_field.py",
    "views/formatting.py": "views/widgets/formatting.py",
    "views/shortcuts.py": "views/widgets/shortcuts.py",
    "views/shortcuts_dialog.py": "views/widgets/shortcuts_dialog.py",
    # the command line: a package, main.py builds the parser
    "cli.py": "cli/main.py",
    "cli_analytics.py": "cli/analytics.py",
    "cli_calls.py": "cli/calls.py",
    "cli_company.py": "cli/company.py",
    "cli_export.py": "cli/export.py",
    "cli_frame.py": "cli/frame.py",
    "cli_intake.py": "cli/intake.py",
    "cli_messaging.py": "cli/messaging.py",
}

# Files not in MOVES (added by other branches since) that still have an obvious room.
PATTERNS: list[tuple[str, str]] = [
    (r"cli_(\w+)\.py", r"cli/\1.py"),
    (r"engine/analytics_(\w+)\.py", r"engine/analytics/\1.py"),
    (r"views/analytics_(\w+)\.py", r"views/analytics/\1.py"),
]

# Files of the moved folders that stay where they are on purpose (not reported as new).
STAYS = {
    "__init__.py",
    "__main__.py",
    "engine/__init__.py",
    "engine/workspace.py",
    "engine/errors.py",
    "engine/dto.py",
    "engine/enums.py",
    "engine/timeutil.py",
    "engine/owners.py",
    "engine/demo.py",
    "views/__init__.py",
    "views/app.py",
    "views/main_window.py",
    "views/style.py",
}

# New packages: what each owns (its __init__.py docstring).
ROOMS: dict[str, str] = {
    "engine/candidates": "Candidates and what a recruiter does to them: the one insert path "
    "(records), folder moves and the maintained folder counts, labels, contacts, filters and "
    "selections, saved candidate sets, undo/redo, the activity log and attachments.",
    "engine/messaging": "Messages from the composer to a provider and back: conversations, "
    "tokens and links, campaign and event templates, invitations, SMS segments, email HTML, "
    "scheduling, queueing (sending), the outbox, the sync worker, inbound replies and what "
    "they set off; service.py is the Workspace's messaging half.",
    "engine/interview": "Interviews: the text bot (bot.py), the phone interview or robocall "
    "(phone.py), the answers and completion (responses.py) and the sandbox's calls.",
    "engine/analytics": "The supervisor dashboard's figures: series, cohorts, the rollup that "
    "sums the activity log, local days and hours, weeks and the drill-down to candidates.",
    "engine/company": "The company: its settings (time zone, today), team accounts, campaigns "
    "and what a new campaign starts with.",
    "views/campaign_view": "The campaign view: navigation (folders, labels), the candidate "
    "list (pane, model, delegate, filters, scope, selection, counts), the bulk bar and its "
    "actions, keyboard triage, the profile pane and the notify prompt.",
    "views/chat": "The conversation pane: chat bubbles (model, delegate, history), the "
    "composer and its channel box, quick replies, the send report and the outbox sync.",
    "views/analytics": "The Analytics & Usage Data window: the window, its charts, chart "
    "cards, date axes, toolbar and time frames.",
    "views/intake": "Add Candidate: the dialog, the manual form, the CSV and sheet import tab, "
    "its preview model and column mapping, and the intake operations.",
    "views/exports": "File > Export: the campaign workbook, ATS JSON and the SMS breakdown.",
    "views/settings": "Settings windows: providers, the sandbox's candidate phone, and the "
    "settings dialogs to come.",
    "views/widgets": "Generic pieces shared by every room: background work and operations, "
    "task progress, save dialog, flow layout, elided label, file drop zone, collapsing "
    "button, value field, formatting and the keyboard shortcuts with their sheet.",
    "cli": "The ``talkpush-desktop`` command line: main.py builds the parser and runs a "
    "command; one module per command group (analytics, calls, company, export, intake, "
    "messaging). It calls the engine, never storage.",
    "api": "The HTTP API (next issues): a layer beside views that calls the engine and uses "
    "storage types only; it never imports views or the command line.",
}

ROOMS_ABOVE = ["candidates", "messaging", "interview", "analytics", "exports", "intake"]

# import-linter contracts added to pyproject.toml (only those that pass are kept; the others
# are listed with what breaks them: the upward imports left for issue 15).
CONTRACTS: list[dict[str, object]] = [
    {
        "name": "Engine rooms: candidates use neither messaging nor intake",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine.candidates"],
        "forbidden_modules": [f"{PKG}.engine.messaging", f"{PKG}.engine.intake"],
    },
    {
        "name": "Engine rooms: messaging uses neither interview nor intake",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine.messaging"],
        "forbidden_modules": [f"{PKG}.engine.interview", f"{PKG}.engine.intake"],
    },
    {
        "name": "Engine rooms never import the Workspace facade (they get a context)",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine.{r}" for r in ROOMS_ABOVE]
        + [f"{PKG}.engine.company", f"{PKG}.engine.providers"],
        "forbidden_modules": [f"{PKG}.engine.workspace"],
    },
    {
        "name": "Engine rooms: company and providers are at the bottom",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine.company", f"{PKG}.engine.providers"],
        "forbidden_modules": [f"{PKG}.engine.{r}" for r in ROOMS_ABOVE]
        + [f"{PKG}.engine.workspace"],
    },
    {
        "name": "Engine rooms: analytics reads the log, it uses no other room but company",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine.analytics"],
        "forbidden_modules": [f"{PKG}.engine.{r}" for r in ROOMS_ABOVE if r != "analytics"]
        + [f"{PKG}.engine.workspace", f"{PKG}.engine.providers"],
    },
    {
        "name": "Views never import storage (they take the engine's types)",
        "type": "forbidden",
        "source_modules": [f"{PKG}.views"],
        "forbidden_modules": [f"{PKG}.storage"],
        "allow_indirect_imports": True,
    },
    {
        "name": "The command line never imports storage (it goes through the engine)",
        "type": "forbidden",
        "source_modules": [f"{PKG}.cli"],
        "forbidden_modules": [f"{PKG}.storage"],
        "allow_indirect_imports": True,
    },
    {
        "name": "Engine and storage import neither the command line nor the API",
        "type": "forbidden",
        "source_modules": [f"{PKG}.engine", f"{PKG}.storage"],
        "forbidden_modules": [f"{PKG}.cli", f"{PKG}.api"],
    },
    {
        "name": "The API calls the engine and storage only (no views, command line or Qt)",
        "type": "forbidden",
        "source_modules": [f"{PKG}.api"],
        "forbidden_modules": [
            f"{PKG}.views",
            f"{PKG}.cli",
            "PySide6",
            "shiboken6",
            "qasync",
            "pyqtgraph",
        ],
    },
]

SCAN_DIRS = (PKG, "tests", "benchmarks", "scripts", "docs", ".ci")
SCAN_FILES = ("README.md", "CONTRIBUTING.md", "build.spec", "pyproject.toml")
TEXT_SUFFIXES = {".py", ".md", ".txt", ".toml", ".spec", ".cfg", ".ini", ".sh", ""}


# -- helpers -------------------------------------------------------------------------------


def dotted(path: str) -> str:
    """``engine/sync.py`` -> ``talkpush_desktop.engine.sync``."""
    return ".".join([PKG, *path.removesuffix(".py").split("/")])


def git(repo: Path, *args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=False)
    if check and done.returncode != 0:
        raise SystemExit(f"move_rooms: git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def alternation(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


class Rewriter:
    """Every text rewrite of the move, built from the moves that happened."""

    def __init__(self, moved: dict[str, str]) -> None:
        self.modules = {dotted(old): dotted(new) for old, new in moved.items()}
        self.inverse = {new: old for old, new in self.modules.items()}
        # full dotted names: safe everywhere
        self.full = re.compile(rf"(?<![\w.])({alternation(list(self.modules))})(?!\w)")
        # short forms, for comments, strings and non-Python files
        short_dotted: dict[str, str] = {}
        paths: dict[str, str] = {}
        for old, new in moved.items():
            o, n = old.removesuffix(".py"), new.removesuffix(".py")
            paths[f"{PKG}/{o}"] = f"{PKG}/{n}"
            if "/" in o:  # engine/sync, views/app: bare file names are ambiguous
                paths[o] = n
                short_dotted[o.replace("/", ".")] = n.replace("/", ".")
            else:  # cli.py, cli_calls.py
                paths[o] = n
        self.short_dotted = short_dotted
        self.short = re.compile(rf"(?<![\w./])({alternation(list(short_dotted))})(?!\w)")
        self.paths = paths
        # engine/sync may be followed by .py, by .attr or by a non-name character; a file of
        # the package root (cli, cli_calls) only by .py, "cli" alone is a word of prose
        folder_paths = [k for k in paths if "/" in k.removeprefix(f"{PKG}/")]
        root_paths = [k for k in paths if k not in folder_paths]
        self.path = re.compile(
            rf"(?<![\w./-])(?:({alternation(folder_paths)})(?=\.py\b|\.\w|[^\w/]|$)"
            rf"|({alternation(root_paths)})(?=\.py\b))"
        )
        self.globs = [
            (re.compile(rf"(?<![\w/])({PKG}/)?cli_?\*\.py"), lambda m: f"{m.group(1) or ''}cli/"),
        ]

    def full_names(self, text: str) -> str:
        return self.full.sub(lambda m: self.modules[m.group(1)], text)

    def short_forms(self, text: str) -> str:
        text = self.path.sub(lambda m: self.paths[m.group(1) or m.group(2)], text)
        text = self.short.sub(lambda m: self.short_dotted[m.group(1)], text)
        for pattern, repl in self.globs:
            text = pattern.sub(repl, text)
        return text

    # -- Python ----------------------------------------------------------------------------

    def python(self, text: str, module: str | None, is_package: bool) -> str:
        # full names first: the split below writes new names that must not be mapped again
        text = self.full_names(text)
        text = self.from_imports(text, module, is_package)
        return self.in_comments_and_strings(text)

    def from_imports(self, text: str, module: str | None, is_package: bool) -> str:
        """Split ``from P import a, b`` when ``P.a`` moved; relative imports resolved."""
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return text
        lines = text.splitlines(keepends=True)
        edits: list[tuple[int, int, str]] = []
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            base = node.module or ""
            file_moved = False
            if node.level:  # resolved from where the file was before the move
                if module is None:
                    continue
                file_moved = module in self.inverse
                old_module = self.inverse.get(module, module)
                parts = old_module.split(".") if is_package else old_module.split(".")[:-1]
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            new_stmts = self.split_from(base, node, force=file_moved)
            if new_stmts is None:
                continue
            start, end = node.lineno - 1, (node.end_lineno or node.lineno) - 1
            indent = lines[start][: node.col_offset]
            tail = lines[end][node.end_col_offset or 0 :]
            comment = tail.strip()
            if "noqa" in comment or "type: ignore" in comment:  # holds for every line
                new_stmts = [f"{s}  {comment}" for s in new_stmts[:-1]] + new_stmts[-1:]
            body = "\n".join(indent + s if i else s for i, s in enumerate(new_stmts))
            edits.append((start, end, lines[start][: node.col_offset] + body + tail))
        for start, end, new in sorted(edits, reverse=True):
            lines[start : end + 1] = [new]
        return "".join(lines)

    def split_from(self, base: str, node: ast.ImportFrom, *, force: bool) -> list[str] | None:
        """The statements replacing ``node`` (absolute), or None when it stays as it is."""
        kept: list[str] = []
        moved: list[str] = []
        relative_moved = force
        for alias in node.names:
            target = f"{base}.{alias.name}"
            if target in self.modules:
                new_pkg, _, new_name = self.modules[target].rpartition(".")
                local = alias.asname or alias.name
                moved.append(
                    f"from {new_pkg} import {new_name}"
                    + (f" as {local}" if local != new_name else "")
                )
            else:
                kept.append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
        if node.level and base in self.modules:  # from .sync import X
            relative_moved = True
        if not moved and not relative_moved:
            return None
        out = []
        if kept:
            source = self.modules.get(base, base)
            out.append(f"from {source} import {', '.join(kept)}")
        return out + moved

    def in_comments_and_strings(self, text: str) -> str:
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
        except (tokenize.TokenError, SyntaxError):
            return text
        kinds = {tokenize.COMMENT, tokenize.STRING}
        kinds |= {getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
        offsets = [0]
        for line in text.splitlines(keepends=True):
            offsets.append(offsets[-1] + len(line))
        pieces = []
        last = 0
        for tok in tokens:
            if tok.type not in kinds:
                continue
            a = offsets[tok.start[0] - 1] + tok.start[1]
            b = offsets[tok.end[0] - 1] + tok.end[1]
            pieces.append(text[last:a])
            pieces.append(self.short_forms(text[a:b]))
            last = b
        pieces.append(text[last:])
        return "".join(pieces)


# -- the steps -----------------------------------------------------------------------------


def plan(repo: Path) -> tuple[dict[str, str], list[str], list[str], dict[str, str]]:
    """(moves to make, mapped files missing, unmapped files that stay, moves by PATTERNS)."""
    base = repo / PKG
    moves = {old: new for old, new in MOVES.items() if (base / old).is_file()}
    missing = sorted(old for old in MOVES if not (base / old).is_file())
    present = [p.relative_to(base).as_posix() for p in base.glob("*.py")]
    for folder in ("engine", "views"):
        present += [p.relative_to(base).as_posix() for p in (base / folder).glob("*.py")]
    unmapped = sorted(p for p in present if p not in MOVES and p not in STAYS)
    by_pattern: dict[str, str] = {}
    for path in unmapped:
        for pattern, template in PATTERNS:
            if re.fullmatch(pattern, path):
                new = re.sub(pattern, template, path)
                if not (base / new).exists() and new not in moves.values():
                    by_pattern[path] = new
                break
    moves.update(by_pattern)
    unmapped = [p for p in unmapped if p not in by_pattern]
    return moves, missing, unmapped, by_pattern


def refuse_if_applied(repo: Path) -> None:
    done = [room for room in ROOMS if (repo / PKG / room / "__init__.py").exists()]
    if done:
        raise SystemExit(
            "move_rooms: the rooms already exist ("
            + ", ".join(done)
            + "): the move was applied; it runs once"
        )


def move_files(repo: Path, moves: dict[str, str], dry_run: bool) -> None:
    for old, new in moves.items():
        target = repo / PKG / new
        if dry_run:
            print(f"  git mv {PKG}/{old} {PKG}/{new}")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        git(repo, "mv", f"{PKG}/{old}", f"{PKG}/{new}")


def write_rooms(repo: Path, dry_run: bool) -> list[str]:
    written = []
    for room, text in ROOMS.items():
        init = repo / PKG / room / "__init__.py"
        if init.exists():
            continue
        written.append(f"{PKG}/{room}/__init__.py")
        if dry_run:
            continue
        init.parent.mkdir(parents=True, exist_ok=True)
        init.write_text(f'"""{wrap(text)}"""\n', encoding="utf-8")
    return written


def wrap(text: str, width: int = 96) -> str:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out) + ("\n" if len(out) > 1 else "")


def scanned(repo: Path) -> list[Path]:
    files = [repo / name for name in SCAN_FILES if (repo / name).is_file()]
    for folder in SCAN_DIRS:
        for path in sorted((repo / folder).rglob("*")) if (repo / folder).is_dir() else []:
            if path.is_file() and path.suffix in TEXT_SUFFIXES and "__pycache__" not in path.parts:
                files.append(path)
    return files


def module_name(repo: Path, path: Path) -> tuple[str | None, bool]:
    try:
        rel = path.relative_to(repo)
    except ValueError:
        return None, False
    if rel.parts[0] != PKG:
        return None, False
    parts = list(rel.with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def rewrite(repo: Path, rewriter: Rewriter, dry_run: bool) -> list[str]:
    changed = []
    for path in scanned(repo):
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if path.suffix == ".py":
            module, is_package = module_name(repo, path)
            new = rewriter.python(text, module, is_package)
        else:
            new = rewriter.short_forms(rewriter.full_names(text))
        if new != text:
            changed.append(path.relative_to(repo).as_posix())
            if not dry_run:
                path.write_text(new, encoding="utf-8")
    return changed


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


def contract_block(contract: dict[str, object]) -> str:
    body = "".join(f"{key} = {toml_value(value)}\n" for key, value in contract.items())
    return f"\n[[tool.importlinter.contracts]]\n{body}"


def add_contracts(repo: Path, tools: Tools) -> tuple[list[str], list[tuple[str, str]]]:
    """Append CONTRACTS; drop the ones lint-imports finds broken. (kept, [(broken, why)])."""
    pyproject = repo / "pyproject.toml"
    original = pyproject.read_text(encoding="utf-8")
    todo = [c for c in CONTRACTS if f'name = "{c["name"]}"' not in original]
    pyproject.write_text(original + "".join(contract_block(c) for c in todo), encoding="utf-8")
    if tools.lint_imports is None:
        return [str(c["name"]) for c in todo], []
    out = tools.run(repo, tools.lint_imports).stdout
    broken = []
    for c in todo:
        name = str(c["name"])
        if re.search(rf"{re.escape(name)}\s+BROKEN", out):
            section = out.split(name, 2)[-1][:1500].strip()
            broken.append((name, section))
    kept = [c for c in todo if str(c["name"]) not in {b[0] for b in broken}]
    pyproject.write_text(original + "".join(contract_block(c) for c in kept), encoding="utf-8")
    return [str(c["name"]) for c in kept], broken


class Tools:
    """ruff, mypy, lint-imports and a python that has the project installed, when found."""

    def __init__(self, bin_dir: Path | None, repo: Path) -> None:
        dirs = [d for d in (bin_dir, repo / ".venv" / "bin") if d is not None]

        def find(name: str) -> str | None:
            for d in dirs:
                if (d / name).exists():
                    return str(d / name)
            return shutil.which(name)

        self.ruff = find("ruff")
        self.mypy = find("mypy")
        self.lint_imports = find("lint-imports")
        self.python = find("python") or sys.executable

    def run(self, repo: Path, *cmd: str) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, PYTHONPATH=str(repo), QT_QPA_PLATFORM="offscreen")
        return subprocess.run(
            list(cmd), cwd=repo, env=env, capture_output=True, text=True, check=False
        )


def checks(repo: Path, tools: Tools) -> list[tuple[str, bool, str]]:
    results = []
    todo = []
    if tools.ruff:
        todo.append(("ruff check", [tools.ruff, "check", PKG, "tests", "benchmarks"]))
        todo.append(("ruff format --check", [tools.ruff, "format", "--check", PKG]))
    if tools.mypy:
        todo.append(("mypy", [tools.mypy]))
    if tools.lint_imports:
        todo.append(("lint-imports", [tools.lint_imports]))
    todo.append(("python -m talkpush_desktop --help", [tools.python, "-m", PKG, "--help"]))
    for label, cmd in todo:
        done = tools.run(repo, *cmd)
        tail = (done.stdout + done.stderr).strip().splitlines()[-12:]
        results.append((label, done.returncode == 0, "\n".join(tail)))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    parser.add_argument("--allow-dirty", action="store_true", help="run on uncommitted changes")
    parser.add_argument("--tools-bin", type=Path, help="folder with ruff, mypy, lint-imports")
    parser.add_argument("--no-checks", action="store_true", help="skip the checks at the end")
    args = parser.parse_args(argv)
    repo: Path = args.repo.resolve()
    if not (repo / PKG / "__main__.py").is_file():
        raise SystemExit(f"move_rooms: {repo} is not a Talkpush Desktop checkout")
    refuse_if_applied(repo)
    if not args.allow_dirty and not args.dry_run and git(repo, "status", "--porcelain").strip():
        raise SystemExit("move_rooms: uncommitted changes; commit first (or --allow-dirty)")

    moves, missing, unmapped, by_pattern = plan(repo)
    print(f"moves: {len(moves)} of {len(MOVES)} mapped files")
    move_files(repo, moves, args.dry_run)
    written = write_rooms(repo, args.dry_run)
    rewriter = Rewriter(moves)
    changed = rewrite(repo, rewriter, args.dry_run)
    tools = Tools(args.tools_bin, repo)
    kept: list[str] = []
    broken: list[tuple[str, str]] = []
    if not args.dry_run:
        kept, broken = add_contracts(repo, tools)
        if tools.ruff:
            tools.run(
                repo, tools.ruff, "check", "--fix", "--select", "I", PKG, "tests", "benchmarks"
            )
            tools.run(repo, tools.ruff, "format", PKG, "tests", "benchmarks")
        git(
            repo,
            "add",
            "-A",
            PKG,
            "tests",
            "benchmarks",
            "scripts",
            "docs",
            *[f for f in SCAN_FILES if (repo / f).exists()],
        )

    print(f"\nnew packages ({len(written)}):")
    for w in written:
        print(f"  {w}")
    print(f"\nreferences rewritten in {len(changed)} files")
    for c in changed:
        print(f"  {c}")
    print(f"\nmapped but missing (skipped, {len(missing)}):")
    for m in missing:
        print(f"  {PKG}/{m}")
    print(f"\nnot in the mapping, moved by name pattern ({len(by_pattern)}):")
    for old, new in by_pattern.items():
        print(f"  {PKG}/{old} -> {PKG}/{new}")
    print(f"\nnot in the mapping, left where they are ({len(unmapped)}):")
    for u in unmapped:
        print(f"  {PKG}/{u}")
    print("\nmodules per folder after the move:")
    for folder, count in folder_counts(repo / PKG, moves if args.dry_run else None):
        flag = "  <-- over 20" if count > 20 else ""
        print(f"  {count:3d}  {folder}{flag}")
    if args.dry_run:
        return 0
    print(f"\nimport-linter contracts added ({len(kept)}):")
    for k in kept:
        print(f"  {k}")
    print(f"\ncontracts left out, broken ({len(broken)}):")
    for name, why in broken:
        print(f"  {name}\n" + "\n".join(f"      {line}" for line in why.splitlines()[:20]))
    failed = 0
    if not args.no_checks:
        print("\nchecks:")
        for label, ok, tail in checks(repo, tools):
            print(f"  {'ok  ' if ok else 'FAIL'} {label}")
            if not ok:
                failed += 1
                print("\n".join(f"      {line}" for line in tail.splitlines()))
    print("\nstaged (git status shows the renames); nothing committed.")
    return 1 if failed else 0


def folder_counts(base: Path, pending: dict[str, str] | None) -> list[tuple[str, int]]:
    files = {p.relative_to(base).as_posix() for p in base.rglob("*.py")}
    files = {f for f in files if "/migrations/" not in f and "__pycache__" not in f}
    if pending is not None:  # dry run: count as if moved
        files = {pending.get(f, f) for f in files} | {f"{r}/__init__.py" for r in ROOMS}
    counts: dict[str, int] = {}
    for f in files:
        folder = f.rpartition("/")[0] or "."
        counts[folder] = counts.get(folder, 0) + 1
    return sorted(counts.items())


if __name__ == "__main__":
    sys.exit(main())
