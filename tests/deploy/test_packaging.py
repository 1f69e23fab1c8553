"""What the Docker image is built from: the wheel, the Dockerfile, compose and .env.example.

No Docker engine is needed: the wheel is built from the same files the Dockerfile copies, and
the image's HEALTHCHECK command is run against a real health server.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
import yaml
from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.transport.metrics import BotMetrics
from bot.transport.web import HealthServer
from db.engine import make_engine

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def healthcheck_command() -> list[str]:
    """Return the image's HEALTHCHECK command (exec form)."""
    found = re.search(r"^HEALTHCHECK .*?\\\n\s+CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)
    assert found, "the Dockerfile has no exec-form HEALTHCHECK"
    command = json.loads(found.group(1))
    assert isinstance(command, list) and command[0] == "python3"
    return [str(part) for part in command]


def test_the_wheel_carries_the_bundled_sets_articles_and_migrations(tmp_path: Path) -> None:
    context = tmp_path / "context"
    # The same build context the Dockerfile's COPY lines take.
    for name in re.findall(r"^COPY (?!--)(.+?) \S+$", DOCKERFILE, re.MULTILINE):
        for part in name.split():
            source = ROOT / part
            if source.is_dir():
                shutil.copytree(
                    source, context / part, ignore=shutil.ignore_patterns("__pycache__")
                )
            else:
                (context / part).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, context / part)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), "."],
        cwd=context, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("quizbot-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        *ROOT.glob("questions/sets/*.yaml"),
        *ROOT.glob("questions/articles/*.txt"),
        *ROOT.glob("db/migrations/versions/*.py"),
        ROOT / "db/migrations/env.py",
        ROOT / "db/migrations/script.py.mako",
        # The compiled catalogs the bot reads at run time (and their sources).
        *ROOT.glob("bot/locale/*/LC_MESSAGES/messages.mo"),
        *ROOT.glob("bot/locale/*/LC_MESSAGES/messages.po"),
    ]
    assert any(path.parent.name == "sets" for path in wanted), "no bundled set in the tree"
    assert {p.parts[-3] for p in wanted if p.suffix == ".mo"} == {"ru", "zh_Hans"}
    missing = [str(p.relative_to(ROOT)) for p in wanted if str(p.relative_to(ROOT)) not in names]
    assert missing == []
    assert not any(name.startswith("tests/") for name in names)


def test_the_image_runs_quizbot_as_a_user_with_its_data_in_a_volume() -> None:
    stages = re.findall(r"^FROM \$\{(\w+)\} AS (\w+)$", DOCKERFILE, re.M)
    assert stages == [("BASE_IMAGE", "base"), ("BUILD_IMAGE", "build"), ("BASE_IMAGE", "runtime")]
    assert re.search(r"^ARG BUILD_IMAGE=debian:bookworm-slim$", DOCKERFILE, re.MULTILINE)
    assert re.search(r"^ARG BASE_IMAGE=gcr\.io/distroless/python3-debian12$", DOCKERFILE, re.M)
    # BuildKit would fetch the named frontend from a registry: none is reachable everywhere.
    assert "# syntax=" not in DOCKERFILE
    # The runtime base has no shell: its stage only copies what the build stage laid out.
    runtime = DOCKERFILE.split("AS runtime\n", 1)[1]
    assert not re.search(r"^RUN ", runtime, re.MULTILINE)
    assert "quizbot:x:10001:10001:quizbot:/data:" in DOCKERFILE
    assert "COPY --from=build --chown=10001:10001 /owned/ /" in runtime
    # The environment's python3.11 links to the runtime base's Debian 12 interpreter.
    assert "RUN python3.11 -m venv /opt/quizbot" in DOCKERFILE
    # The pinned versions are installed as they are; quizbot then adds nothing unpinned.
    assert "--requirement /tmp/constraints.txt" in DOCKERFILE
    assert "--no-deps /wheels/quizbot-*.whl" in DOCKERFILE
    assert re.search(r"^USER 10001:10001$", runtime, re.MULTILINE)
    assert "DATABASE_URL=sqlite:////data/quizbot.db" in runtime
    assert re.search(r'^VOLUME \["/data"\]$', runtime, re.MULTILINE)
    assert re.search(r'^ENTRYPOINT \["quizbot"\]\nCMD \["run"\]$', runtime, re.MULTILINE)


async def _run_healthcheck(port: int, host: str = "0.0.0.0") -> int:
    """Run the image's HEALTHCHECK command for a server on host:port; return its exit code."""
    command = healthcheck_command()
    process = await asyncio.create_subprocess_exec(
        sys.executable, *command[1:], env={"HEALTH_PORT": str(port), "LISTEN_HOST": host},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    return await asyncio.wait_for(process.wait(), timeout=30)


async def test_the_image_healthcheck_passes_only_while_healthz_says_ok(engine: Engine) -> None:
    healthy = HealthServer(engine, BotMetrics(), host="127.0.0.1", port=0)
    broken_engine = make_engine("postgresql://quizbot@127.0.0.1:1/quizbot")
    broken = HealthServer(broken_engine, BotMetrics(), host="127.0.0.1", port=0)
    await healthy.start()
    await broken.start()
    try:
        assert await _run_healthcheck(healthy.port) == 0
        assert await _run_healthcheck(broken.port) == 1  # 503: the database is unreachable
        # The probe follows LISTEN_HOST: a server on another loopback address is found there.
        assert await _run_healthcheck(healthy.port, host="127.0.0.1") == 0
        assert await _run_healthcheck(healthy.port, host="127.0.0.2") == 1
        assert await _run_healthcheck(0) == 0  # HEALTH_PORT=0: no server, nothing to fail
        await healthy.stop()
        assert await _run_healthcheck(healthy.port) == 1  # nothing listens
    finally:
        await healthy.stop()
        await broken.stop()
        broken_engine.dispose()


def test_env_example_lists_every_setting_and_nothing_else() -> None:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, re.MULTILINE))
    settings = {name.upper() for name in Settings.model_fields}
    assert settings <= listed
    assert listed - settings == {"POSTGRES_PASSWORD"}  # read by docker compose, not the bot
    # The example must load as it is (a placeholder token, every other line a comment).
    values = dict(
        line.split("=", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    assert set(values) == {"TELEGRAM_BOT_TOKEN"}
    Settings(_env_file=ROOT / ".env.example")  # type: ignore[call-arg]


def test_compose_runs_the_bot_and_adds_postgres_16_in_a_profile() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    bot, postgres = compose["services"]["bot"], compose["services"]["postgres"]
    assert bot["build"] == "." and bot["env_file"] == ".env"
    assert bot["volumes"] == ["./data:/data"] and bot["restart"] == "unless-stopped"
    assert "profiles" not in bot  # `docker compose up -d` starts it
    assert bot["depends_on"]["postgres"] == {"condition": "service_healthy", "required": False}
    assert postgres["profiles"] == ["postgres"] and postgres["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert postgres["volumes"] == ["postgres-data:/var/lib/postgresql/data"]
    assert "postgres-data" in compose["volumes"]
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    env = postgres["environment"]
    url = f"postgresql://{env['POSTGRES_USER']}:<password>@postgres:5432/{env['POSTGRES_DB']}"
    assert url in example  # the URL the example suggests matches the service
    # No password that works out of the box: PostgreSQL refuses to start without one.
    assert env["POSTGRES_PASSWORD"] == "${POSTGRES_PASSWORD:-}"
    assert "change-me" not in example and "change-me" not in str(compose)


def test_compose_file_follows_the_compose_specification() -> None:
    schema = json.loads((ROOT / "tests/fixtures/compose-spec/compose-spec.json").read_text())
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    jsonschema.validate(compose, schema)
    broken = dict(compose, services={"bot": dict(compose["services"]["bot"], restart=["no"])})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_the_image_pins_every_runtime_dependency() -> None:
    """A dependency added to pyproject.toml but not to the image's pins breaks the image build."""
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {canonicalize_name(Requirement(spec).name) for spec in project["dependencies"]}
    pins = (ROOT / "scripts" / "image-constraints.txt").read_text().splitlines()
    pinned = {canonicalize_name(line.split("==")[0]) for line in pins if "==" in line}
    assert wanted - pinned == set(), "run scripts/lock-image-deps"


def test_the_image_keeps_every_name_list_the_generator_reads() -> None:
    """The image's trim keeps Faker's person lists of every locale the distractors draw from."""
    import importlib.util

    from questions.generate.pools import NAME_LOCALES

    spec = importlib.util.spec_from_file_location("trim", ROOT / "scripts" / "trim_image_venv.py")
    assert spec is not None and spec.loader is not None
    trim = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trim)
    kept = set(trim.FAKER_NAME_LOCALES) | {"en_US"}
    assert set(NAME_LOCALES) - kept == set()
