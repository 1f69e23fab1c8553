# syntax=docker/dockerfile:1
# quizbot: build the wheel in one stage, install it in a small non-root runtime image.
#   docker build -t quizbot .
#   docker run -d --env-file .env -v "$PWD/data:/data" quizbot

ARG PYTHON_VERSION=3.11

# --- build: turn the source tree into a wheel (no compilers needed: pure Python) ---------------
FROM python:${PYTHON_VERSION}-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY questions ./questions
RUN pip wheel --no-deps --wheel-dir /wheels . \
 && python -c "import glob, zipfile; names = zipfile.ZipFile(glob.glob('/wheels/quizbot-*.whl')[0]).namelist(); assert any(n.startswith('questions/sets/') for n in names), 'bundled sets missing'; assert any(n.startswith('db/migrations/versions/') for n in names), 'migrations missing'"

# --- runtime: the wheel and its dependencies, nothing else -------------------------------------
FROM python:${PYTHON_VERSION}-slim AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
COPY --from=build /wheels /tmp/wheels
RUN pip install /tmp/wheels/quizbot-*.whl \
 && rm -rf /tmp/wheels

# A fixed uid/gid, so a bind-mounted ./data can be chowned to match: chown -R 10001:10001 data
RUN groupadd --system --gid 10001 quizbot \
 && useradd --system --uid 10001 --gid quizbot --home-dir /data --no-create-home quizbot \
 && mkdir -p /data \
 && chown quizbot:quizbot /data

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

# No curl in a slim image: the standard library asks /healthz (503 when the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; sys.exit(0 if urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('HEALTH_PORT', '8080')}/healthz\", timeout=4).status == 200 else 1)"]

ENTRYPOINT ["quizbot"]
CMD ["run"]
