# The newsarchive service. Migrations run on start (`newsarchive serve` migrates first).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
RUN pip install -e . && useradd --system --home /app newsarchive && mkdir -p /app/var \
    && chown newsarchive /app/var
USER newsarchive

EXPOSE 8000
CMD ["newsarchive", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
