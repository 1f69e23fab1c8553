# quizbot: build a trimmed virtual environment in one stage, copy only it into a small non-root
# runtime image.
#   docker build -t quizbot .
#   docker run -d --env-file .env -v "$PWD/data:/data" quizbot
# BASE_IMAGE: any Debian-based image with Python 3.11+ and its venv module; scripts/container-check
# builds with a stand-in made from Debian's packages where no registry can be reached.

ARG BASE_IMAGE=python:3.11-slim

# --- build: the app's environment in /opt/quizbot, trimmed; only that folder goes on -----------
FROM ${BASE_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
# binutils' strip, to strip compiled modules' debug symbols below (this stage only).
RUN apt-get update -qq \
 && apt-get install --yes --quiet --no-install-recommends binutils >/dev/null
# The dependencies first, at the exact versions the image was checked with
# (scripts/image-constraints.txt; see the README): a builder that keeps layers reuses this one,
# the slowest, until they change. No bytecode yet (see below).
COPY scripts/image-constraints.txt /tmp/constraints.txt
RUN python3 -m venv /opt/quizbot \
 && /opt/quizbot/bin/pip install --no-compile --requirement /tmp/constraints.txt
# Drop what the bot never reads and strip debug symbols: scripts/trim_image_venv.py lists each
# path and why, and the container check proves the bot and the generator still work.
COPY scripts/trim_image_venv.py /tmp/trim_image_venv.py
RUN python3 /tmp/trim_image_venv.py /opt/quizbot

# Then quizbot itself, as a wheel (pure Python: no compilers). A virtual environment works alike
# on the official image and on a distribution's Python (which refuses a system-wide pip install).
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY questions ./questions
RUN python3 -m venv /opt/build \
 && /opt/build/bin/pip wheel --no-deps --wheel-dir /wheels . \
 && python3 -c "import glob, zipfile; names = zipfile.ZipFile(glob.glob('/wheels/quizbot-*.whl')[0]).namelist(); assert any(n.startswith('questions/sets/') for n in names), 'bundled sets missing'; assert any(n.startswith('db/migrations/versions/') for n in names), 'migrations missing'"
# pip itself is not needed at run time. Bytecode only for the modules the bot imports: they start
# as fast as from a normal install, and ~40 MB of bytecode of modules that never run stays out.
RUN /opt/quizbot/bin/pip install --no-compile --no-deps /wheels/quizbot-*.whl \
 && /opt/quizbot/bin/pip uninstall --yes --quiet pip setuptools \
 && python3 /tmp/trim_image_venv.py --compile /opt/quizbot

# --- runtime: the environment built above, a font and the app user ----------------------------
FROM ${BASE_IMAGE} AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/quizbot/bin:$PATH

# Before the environment is copied in, so a builder that keeps layers reuses this one.
# Chinese chart labels need a CJK font (matplotlib's DejaVu Sans has none): WenQuanYi Micro Hei,
# 5 MB, from the distribution. A fixed uid/gid, so a bind-mounted ./data can be chowned to match:
# chown -R 10001:10001 data
RUN apt-get update -qq \
 && apt-get install --yes --quiet --no-install-recommends fonts-wqy-microhei >/dev/null \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt/* /var/log/dpkg.log \
 && groupadd --system --gid 10001 quizbot \
 && useradd --system --uid 10001 --gid quizbot --home-dir /data --no-create-home quizbot \
 && mkdir -p /data /app \
 && chown quizbot:quizbot /data /app
COPY --from=build /opt/quizbot /opt/quizbot

# SQLite lives in the volume unless DATABASE_URL points elsewhere (postgresql://...).
ENV DATABASE_URL=sqlite:////data/quizbot.db \
    LISTEN_HOST=0.0.0.0 \
    LISTEN_PORT=8443 \
    HEALTH_PORT=8080
VOLUME ["/data"]
WORKDIR /app
USER quizbot

# 8443: webhook mode (quizbot run --webhook); 8080: /healthz and /metrics.
EXPOSE 8443 8080

# Asks /healthz where HEALTH_PORT and LISTEN_HOST put it (503 when the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python3", "-m", "bot.healthcheck"]

ENTRYPOINT ["quizbot"]
CMD ["run"]
