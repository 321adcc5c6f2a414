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
RUN DEBUG=1 python manage.py collectstatic --noinput -v0
# The code belongs to root and is only read; the app writes only under var/ and /data/media
# (uploads, certificates, reports: docker-compose.yml's volume, which takes this folder's owner
# when first made). Web, workers and beat all run as this unprivileged user.
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin infuse \
 && mkdir -p /app/var/media /data/media \
 && chown -R infuse:infuse /app/var /data
EXPOSE 8000
CMD ["gunicorn", "infuse.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
USER infuse
