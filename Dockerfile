# The production image: gunicorn for web; the same image runs Celery workers and beat.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      libpq-dev gcc libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
      fonts-noto-color-emoji \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml constraints.txt scripts/requirements.py ./
RUN python requirements.py > requirements.txt && pip install --no-cache-dir -r requirements.txt -c constraints.txt
COPY . .
# Production settings (DEBUG off) collect with the production storage: hashed names, a manifest,
# and gzip and Brotli copies for WhiteNoise. The values here are for this one step only.
RUN DEBUG=0 SECRET_KEY=collectstatic-only SITE_URL=http://localhost python manage.py collectstatic --noinput -v0
# The code belongs to root and is only read; the app writes only under var/ and /data/media
# (uploads, certificates, reports: docker-compose.yml's volume, which takes this folder's owner
# when first made). Web, workers and beat all run as this unprivileged user.
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin infuse \
 && mkdir -p /app/var/media /data/media \
 && chown -R infuse:infuse /app/var /data
EXPOSE 8000
# Threaded workers from gunicorn.conf.py (shared with docker-compose.yml and scripts/stack.sh).
CMD ["gunicorn", "--config", "gunicorn.conf.py", "--bind", "0.0.0.0:8000"]
USER infuse
