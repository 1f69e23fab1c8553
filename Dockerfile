# quizbot: build a trimmed virtual environment in one stage, copy only it into a distroless
# runtime image (Debian 12's Python 3.11 and the libraries it links; no shell, no apt).
#   docker build -t quizbot .
#   docker run -d --env-file .env -v "$PWD/data:/data" quizbot
# BUILD_IMAGE: any Debian 12 (bookworm) image; apt installs Python's venv, strip and the font.
# BASE_IMAGE: an image with Debian 12's /usr/bin/python3.11, which the environment's interpreter
# links to (distroless's python3-debian12, or a bookworm image with python3).
# scripts/container-check builds with stand-ins made from Debian's packages where no registry
# can be reached.

ARG BUILD_IMAGE=debian:bookworm-slim
ARG BASE_IMAGE=gcr.io/distroless/python3-debian12

# The runtime base, named so the build stage can read its user table (COPY --from takes no ARG).
FROM ${BASE_IMAGE} AS base

# --- build: the app's environment in /opt/quizbot, trimmed; only that folder goes on -----------
FROM ${BUILD_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
# Debian's Python 3.11 with venv (the runtime base has the same /usr/bin/python3.11), binutils'
# strip for the compiled modules' debug symbols, and the CJK font the runtime stage takes: Chinese
# chart labels need one (matplotlib's DejaVu Sans has none), WenQuanYi Micro Hei, 5 MB.
RUN apt-get update -qq \
 && apt-get install --yes --quiet --no-install-recommends \
        python3-venv binutils fonts-wqy-microhei >/dev/null
# The dependencies first, at the exact versions the image was checked with
# (scripts/image-constraints.txt; see the README): a builder that keeps layers reuses this one,
# the slowest, until they change. No bytecode yet (see below).
COPY scripts/image-constraints.txt /tmp/constraints.txt
RUN python3.11 -m venv /opt/quizbot \
 && /opt/quizbot/bin/pip install --no-compile --requirement /tmp/constraints.txt
# Drop what the bot never reads and strip debug symbols: scripts/trim_image_venv.py lists each
# path and why, and the container check proves the bot and the generator still work.
COPY scripts/trim_image_venv.py /tmp/trim_image_venv.py
RUN python3 /tmp/trim_image_venv.py /opt/quizbot

# Then quizbot itself, as a wheel (pure Python: no compilers). A virtual environment works alike
# on a distribution's Python, which refuses a system-wide pip install.
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY db ./db
COPY questions ./questions
RUN python3.11 -m venv /opt/build \
 && /opt/build/bin/pip wheel --no-deps --wheel-dir /wheels . \
 && python3 -c "import glob, zipfile; names = zipfile.ZipFile(glob.glob('/wheels/quizbot-*.whl')[0]).namelist(); assert any(n.startswith('questions/sets/') for n in names), 'bundled sets missing'; assert any(n.startswith('db/migrations/versions/') for n in names), 'migrations missing'"
# pip itself is not needed at run time. No bytecode in the image (~47 MB with the standard
# library's): each container compiles what it imports into PYTHONPYCACHEPREFIX on its first start
# and reuses it after (see the runtime stage); what pip itself compiled while running goes too.
RUN /opt/quizbot/bin/pip install --no-compile --no-deps /wheels/quizbot-*.whl \
 && /opt/quizbot/bin/pip uninstall --yes --quiet pip setuptools \
 && find /opt/quizbot -name __pycache__ -prune -exec rm -rf {} +

# What the runtime stage adds besides the environment, laid out here because it has no shell:
# the base's users plus the app's, with a fixed uid/gid so a bind-mounted ./data can be chowned
# to match (chown -R 10001:10001 data), the CJK font where matplotlib looks for fonts, and a
# /tmp anyone may write (sticky, as distroless's), where the bytecode cache goes.
COPY --from=base /etc/passwd /etc/group /rootfs/etc/
RUN echo "quizbot:x:10001:10001:quizbot:/data:/sbin/nologin" >>/rootfs/etc/passwd \
 && echo "quizbot:x:10001:" >>/rootfs/etc/group \
 && mkdir -p /rootfs/usr/share/fonts/truetype /owned/data /owned/app \
 && mkdir -m 1777 /rootfs/tmp \
 && cp -r /usr/share/fonts/truetype/wqy /rootfs/usr/share/fonts/truetype/

# --- runtime: the environment built above, the font and the app user -------------------------
FROM ${BASE_IMAGE} AS runtime
# Bytecode goes to a folder the app user can write (the image's /usr and /opt are root's): the
# first start compiles what it imports, later starts, `docker exec`, the health check and the
# generator's worker (restarted after GENERATOR_IDLE_SECONDS) load it from there. It lives as long
# as the container does; a new container compiles once again.
ENV PYTHONPYCACHEPREFIX=/tmp/quizbot-pycache \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/quizbot/bin:$PATH

COPY --from=build /rootfs/ /
# /data and /app, owned by the app user.
COPY --from=build --chown=10001:10001 /owned/ /
COPY --from=build /opt/quizbot /opt/quizbot

# SQLite lives in the volume unless DATABASE_URL points elsewhere (postgresql://...).
ENV DATABASE_URL=sqlite:////data/quizbot.db \
    LISTEN_HOST=0.0.0.0 \
    LISTEN_PORT=8443 \
    HEALTH_PORT=8080
VOLUME ["/data"]
WORKDIR /app
# Numeric, so a runtime can tell it is not root without reading /etc/passwd.
USER 10001:10001

# 8443: webhook mode (quizbot run --webhook); 8080: /healthz and /metrics.
EXPOSE 8443 8080

# Asks /healthz where HEALTH_PORT and LISTEN_HOST put it (503 when the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python3", "-m", "bot.healthcheck"]

ENTRYPOINT ["quizbot"]
CMD ["run"]
