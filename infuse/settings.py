"""Infuse Portal settings: one module, read from the environment.

Malformed values stop start-up with ImproperlyConfigured and a one-line reason. Defaults are
safe (DEBUG off); `make run` sets the quick-start values it needs.
"""

import datetime as dt
import os
import re
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("INFUSE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}."
    )


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "insecure-development-key-only-used-when-DEBUG-is-on"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
# The address in emails, calendar files and certificates' QR codes: guessing it would print a
# dead link on a certificate, so only `make run` (DEBUG on) may leave it out.
SITE_URL = os.environ.get("SITE_URL", "").strip().rstrip("/")
if not SITE_URL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SITE_URL must be set when DEBUG is off (the address used in emails and certificates)."
        )
    SITE_URL = "http://127.0.0.1:8000"
if urlparse(SITE_URL).scheme not in ("http", "https") or not urlparse(SITE_URL).hostname:
    raise ImproperlyConfigured(f"SITE_URL must be an http:// or https:// URL; got {SITE_URL!r}.")
SITE_ORIGIN = f"{urlparse(SITE_URL).scheme}://{urlparse(SITE_URL).netloc}"
SITE_IS_HTTPS = urlparse(SITE_URL).scheme == "https"

# Behind a TLS-terminating proxy the browser's Origin is https://SITE_URL's host while Django sees
# plain http: without SITE_URL's origin trusted, every form (sign-in too) fails "Origin checking
# failed". Other origins (a second host name) are added with CSRF_TRUSTED_ORIGINS.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [SITE_ORIGIN])
for _origin in CSRF_TRUSTED_ORIGINS:
    _parsed = urlparse(_origin)
    if _parsed.scheme not in ("http", "https") or not _parsed.netloc or _parsed.path:
        raise ImproperlyConfigured(
            "CSRF_TRUSTED_ORIGINS must be a comma-separated list of origins like "
            f"https://portal.example.gov.uk; got {_origin!r}."
        )

# A proxy that terminates TLS says so in a header (X-Forwarded-Proto: https); only name it when
# the proxy always sets it and strips it from what clients send, or a client could claim https.
_proxy_ssl_header = os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip()
if _proxy_ssl_header:
    if not re.fullmatch(r"[A-Za-z0-9-]+", _proxy_ssl_header):
        raise ImproperlyConfigured(
            "SECURE_PROXY_SSL_HEADER must be a header name like X-Forwarded-Proto; "
            f"got {_proxy_ssl_header!r}."
        )
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + _proxy_ssl_header.upper().replace("-", "_"),
        "https",
    )

# allauth's rate limits count per client address. Behind a proxy every request comes from the
# proxy, so without one of these every visitor shares one bucket (20 wrong passwords for one
# account lock out everyone). Count: how many proxies append to X-Forwarded-For; header: a
# header the proxy sets to the client's address (X-Real-IP). Never both.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("ALLAUTH_TRUSTED_PROXY_COUNT", 0)
if ALLAUTH_TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(
        f"ALLAUTH_TRUSTED_PROXY_COUNT must be 0 or more; got {ALLAUTH_TRUSTED_PROXY_COUNT}."
    )
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = (
    os.environ.get("ALLAUTH_TRUSTED_CLIENT_IP_HEADER", "").strip() or None
)
if ALLAUTH_TRUSTED_CLIENT_IP_HEADER is not None:
    if not re.fullmatch(r"[A-Za-z0-9-]+", ALLAUTH_TRUSTED_CLIENT_IP_HEADER):
        raise ImproperlyConfigured(
            "ALLAUTH_TRUSTED_CLIENT_IP_HEADER must be a header name like X-Real-IP; "
            f"got {ALLAUTH_TRUSTED_CLIENT_IP_HEADER!r}."
        )
    if ALLAUTH_TRUSTED_PROXY_COUNT:
        raise ImproperlyConfigured(
            "Set ALLAUTH_TRUSTED_PROXY_COUNT or ALLAUTH_TRUSTED_CLIENT_IP_HEADER, not both."
        )

INSTALLED_APPS = [
    # Before the admin, so that its admin classes can patch the admin's forms.
    "modeltranslation",
    "infuse.apps.InfuseAdminConfig",  # django.contrib.admin with the project site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_htmx",
    "template_partials",
    "councils",
    "labs",
    "cohorts",
    "labs.adaption",
    "labs.data",
    "labs.procurement",
    "auditlog",
    "privacy",
    "equality",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed when the browser accepts it (static files come compressed from WhiteNoise,
    # above, which answers them before this runs). Before every middleware that reads or
    # changes a response's body; Django pads each compressed page against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who made each change the audit trail records (django-auditlog, councils/audit.py).
    "auditlog.middleware.AuditlogMiddleware",
    "infuse.middleware.NoStoreWhenSignedInMiddleware",
    "councils.middleware.UserLanguageMiddleware",
    "infuse.middleware.HostileURLMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # After allauth's: a staff session idle too long ends, then one without MFA is stopped.
    "councils.middleware.StaffIdleTimeoutMiddleware",
    "councils.middleware.StaffMFAMiddleware",
]

ROOT_URLCONF = os.environ.get("ROOT_URLCONF", "infuse.urls")
# Django's default renderer, its plain input and select widgets drawn in Python (issue 24).
FORM_RENDERER = "infuse.form_renderer.FastRenderer"
WSGI_APPLICATION = "infuse.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "councils.context_processors.portal",
            ],
            "libraries": {"infuse_forms": "infuse.template_tags"},
        },
    }
]

# Database: DATABASE_URL, or a SQLite file under var/ for the embedded default.
_database_url = os.environ.get("DATABASE_URL", "")
if _database_url:
    if urlparse(_database_url).scheme not in ("postgres", "postgresql", "sqlite"):
        raise ImproperlyConfigured(
            f"DATABASE_URL must be a postgres:// or sqlite:// URL; got {_database_url!r}."
        )
    # Persistent connections: each web thread and worker process keeps its connection for
    # CONN_MAX_AGE seconds instead of opening one per request (checked before reuse, so one
    # dropped by a database restart is replaced, not used). Behind PgBouncer in transaction
    # pooling mode set CONN_MAX_AGE=0: PgBouncer does the pooling (docs/scaling.md).
    _conn_max_age = env_int("CONN_MAX_AGE", 60)
    if _conn_max_age < 0:
        raise ImproperlyConfigured(f"CONN_MAX_AGE must be 0 or more; got {_conn_max_age}.")
    try:
        _database = dj_database_url.parse(
            _database_url, conn_max_age=_conn_max_age, conn_health_checks=_conn_max_age > 0
        )
    except Exception as exc:  # dj-database-url raises several kinds
        raise ImproperlyConfigured(f"DATABASE_URL could not be read: {exc}") from None
    # Transaction pooling (PgBouncer) cannot keep a server-side cursor (.iterator()) open.
    if env_bool("DISABLE_SERVER_SIDE_CURSORS", False):
        _database["DISABLE_SERVER_SIDE_CURSORS"] = True
else:
    _database = {"ENGINE": "django.db.backends.sqlite3", "NAME": VAR_DIR / "infuse.sqlite3"}
    # The embedded default keeps its file under var/: make the folder, so that manage.py works
    # on a fresh checkout without `make` (SQLite would say only "unable to open database file").
    try:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImproperlyConfigured(
            f"The folder for the embedded database, {VAR_DIR}, cannot be created: {exc.strerror}."
        ) from None
if _database["ENGINE"] == "django.db.backends.sqlite3":
    _database.setdefault("OPTIONS", {})["timeout"] = 20
DATABASES = {"default": _database}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "councils.User"
AUTHENTICATION_BACKENDS = [
    "councils.backends.RoleBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if env_bool("FAST_PASSWORD_HASHER", False):
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "landing"
ACCOUNT_ADAPTER = "councils.adapters.AccountAdapter"
ACCOUNT_FORMS = {"login": "councils.forms.LoginForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Infuse] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = urlparse(SITE_URL).scheme
# Email addresses are set by programme staff (allauth's email pages answer 404, infuse/urls.py);
# security notices (password changed, two-step verification turned on or off) are emailed.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Two-step verification (allauth.mfa): an authenticator app (TOTP) with recovery codes. Programme
# staff must use it (councils.middleware.StaffMFAMiddleware); others may, from their profile.
MFA_ADAPTER = "councils.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Infuse Portal"
# A code from the window just before or after is accepted too: a phone's clock a few seconds
# out, or a code typed as it changes, still signs in (a used code is refused all the while).
MFA_TOTP_TOLERANCE = 1
MFA_RECOVERY_CODE_COUNT = 10
MFA_FORMS = {
    "authenticate": "councils.forms.MFAAuthenticateForm",
    "reauthenticate": "councils.forms.MFAReauthenticateForm",
    "activate_totp": "councils.forms.ActivateTOTPForm",
}
ACCOUNT_RATE_LIMITS = {} if env_bool("DISABLE_RATE_LIMITS", False) else None
if ACCOUNT_RATE_LIMITS is None:
    del ACCOUNT_RATE_LIMITS

LANGUAGE_CODE = "en"
FORMAT_MODULE_PATH = ["infuse.formats"]
LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Lab content in both languages (django-modeltranslation): a Welsh field left empty shows the
# English one.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "cy")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Where `collectstatic` writes the hashed, compressed copies that WhiteNoise serves off DEBUG.
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "staticfiles"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Off DEBUG, static files are collected with a hash of their content in each name and
    # compressed beside it (gzip and Brotli): WhiteNoise serves a hashed name with a
    # far-future, immutable Cache-Control, and the compressed copy to a browser that accepts
    # it. So `collectstatic` must run before gunicorn starts (Dockerfile, scripts/stack.sh).
    # `make run` (DEBUG on) keeps the plain storage and needs no collectstatic; so do the tests
    # (tests/conftest.py), but the one that checks the production storage.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "infuse.staticfiles.ManifestStaticFilesStorage"
    },
}
# Media (certificates, report downloads, uploaded materials) in an S3-compatible bucket when
# MEDIA_BUCKET is set, so that every web and worker machine sees the file one of them wrote.
# Credentials come the usual AWS way (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or the
# machine's role); MEDIA_ENDPOINT_URL names a non-AWS endpoint (MinIO). Files are private and
# always served through the portal's own views, which check who may see them.
MEDIA_BUCKET = os.environ.get("MEDIA_BUCKET", "").strip()
if MEDIA_BUCKET:
    if not re.fullmatch(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", MEDIA_BUCKET):
        raise ImproperlyConfigured(
            f"MEDIA_BUCKET must be an S3 bucket name (3-63 of a-z, 0-9, . and -); got {MEDIA_BUCKET!r}."
        )
    _media_endpoint = os.environ.get("MEDIA_ENDPOINT_URL", "").strip() or None
    if _media_endpoint and urlparse(_media_endpoint).scheme not in ("http", "https"):
        raise ImproperlyConfigured(
            f"MEDIA_ENDPOINT_URL must be an http:// or https:// URL; got {_media_endpoint!r}."
        )
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_BUCKET,
            "endpoint_url": _media_endpoint,
            "region_name": os.environ.get("MEDIA_REGION", "").strip() or None,
            "location": os.environ.get("MEDIA_PREFIX", "").strip().strip("/"),
            "default_acl": None,
            "querystring_auth": True,
            # Never overwrite: a name already taken gets a suffix, as on disk.
            "file_overwrite": False,
            # MinIO and moto want path-style addresses (http://host:port/bucket/key).
            "addressing_style": "path" if _media_endpoint else None,
        },
    }
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
# collectstatic keeps (and compresses) only the hashed copies, which pages name: half the
# work. WhiteNoise sends a hashed name with `max-age` of ten years and `immutable`; anything
# else (the favicon's fixed address, served from its source by the finders) for 60 s.
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FORMS_URLFIELD_ASSUME_HTTPS = True  # the Django 6 default, ahead of time
DATA_UPLOAD_MAX_MEMORY_SIZE = 5_242_880

# Email: console in development unless EMAIL_URL-style settings are given.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
# Or through a provider's API with django-anymail: EMAIL_PROVIDER names it, and its keys come
# in ANYMAIL_<PROVIDER>_<SETTING> variables (ANYMAIL_POSTMARK_SERVER_TOKEN,
# ANYMAIL_MAILGUN_API_KEY, ...), passed to anymail as its settings.
ANYMAIL_PROVIDERS = (
    "amazon_ses",
    "brevo",
    "mailersend",
    "mailgun",
    "mailjet",
    "mailtrap",
    "mandrill",
    "postal",
    "postmark",
    "resend",
    "scaleway",
    "sendgrid",
    "sparkpost",
    "unisender_go",
)
EMAIL_PROVIDER = os.environ.get("EMAIL_PROVIDER", "").strip().lower()
if EMAIL_PROVIDER:
    if EMAIL_PROVIDER not in ANYMAIL_PROVIDERS:
        raise ImproperlyConfigured(
            f"EMAIL_PROVIDER must be one of {', '.join(ANYMAIL_PROVIDERS)}; got {EMAIL_PROVIDER!r}."
        )
    if "EMAIL_BACKEND" in os.environ:
        raise ImproperlyConfigured("Set EMAIL_PROVIDER or EMAIL_BACKEND, not both.")
    EMAIL_BACKEND = f"anymail.backends.{EMAIL_PROVIDER}.EmailBackend"
    ANYMAIL = {
        name.removeprefix("ANYMAIL_"): value
        for name, value in os.environ.items()
        if name.startswith("ANYMAIL_")
    }
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Infuse Portal <infuse@infuse.test>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
PROGRAMME_CONTACT_EMAIL = os.environ.get("PROGRAMME_CONTACT_EMAIL", "infuse@monmouthshire.gov.uk")


def env_date(name: str, default: dt.date | None) -> dt.date | None:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a date like 2027-03-31; got {raw!r}.") from None


# Data protection (privacy/): the notice names the data protection officer, and the retention
# job does what it promises: people whose last cohort ended more than PRIVACY_RETENTION_DAYS ago
# (people with no cohort: that long after PROGRAMME_END_DATE) are anonymised, except those whose
# participation is evidence for the grant's audit, kept under a pseudonym until
# GRANT_AUDIT_RETENTION_UNTIL.
DPO_NAME = os.environ.get("DPO_NAME", "Data Protection Officer, Monmouthshire County Council")
DPO_EMAIL = os.environ.get("DPO_EMAIL", "dataprotection@monmouthshire.gov.uk")
PROGRAMME_END_DATE = env_date("PROGRAMME_END_DATE", dt.date(2027, 3, 31))
PRIVACY_RETENTION_DAYS = env_int("PRIVACY_RETENTION_DAYS", 730)
if PRIVACY_RETENTION_DAYS < 1:
    raise ImproperlyConfigured(
        f"PRIVACY_RETENTION_DAYS must be 1 or more; got {PRIVACY_RETENTION_DAYS}."
    )
GRANT_AUDIT_RETENTION_UNTIL = env_date("GRANT_AUDIT_RETENTION_UNTIL", None)

# A place freed in a full cohort is offered to the next person on its waiting list, who has
# this many days to accept it before it goes to the one after (cohorts/enrolment/waiting.py).
WAITING_LIST_OFFER_DAYS = env_int("WAITING_LIST_OFFER_DAYS", 5)
if WAITING_LIST_OFFER_DAYS < 1:
    raise ImproperlyConfigured(
        f"WAITING_LIST_OFFER_DAYS must be 1 or more; got {WAITING_LIST_OFFER_DAYS}."
    )

# The audit trail (django-auditlog): which models are recorded is councils/audit.py's list.
# No IP addresses: the actor and the time are what a data protection officer asks for.
AUDITLOG_DISABLE_REMOTE_ADDR = True

# The cache: Redis when CACHE_URL is set, so that every web process and worker shares sign-in
# rate limits and the reports' suppression patterns; otherwise each process's own memory.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL:
    if urlparse(CACHE_URL).scheme not in ("redis", "rediss"):
        raise ImproperlyConfigured(f"CACHE_URL must be a redis:// URL; got {CACHE_URL!r}.")
    CACHES = {
        "default": {
            # Redis errors are a cache miss, not a 500 (infuse/cache.py).
            "BACKEND": "infuse.cache.TolerantRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": "infuse",
            "TIMEOUT": 3600,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Parts of pages drawn from content and kept under a hash of that content (the week page's
# materials): each process's own memory, as nothing in them ever needs clearing.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "fragments",
    "TIMEOUT": 24 * 3600,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Celery: a broker URL means real workers; without one, tasks run eagerly in process.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
if CELERY_BROKER_URL and urlparse(CELERY_BROKER_URL).scheme not in ("redis", "rediss", "memory"):
    raise ImproperlyConfigured(
        f"CELERY_BROKER_URL must be a redis:// URL; got {CELERY_BROKER_URL!r}."
    )
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
if not CELERY_BROKER_URL:
    # Eager tasks never reach a broker; naming the in-memory one, host and all, stops kombu
    # guessing one and printing "No hostname was supplied. Reverting to default 'localhost'".
    CELERY_BROKER_URL = "memory://localhost/"
# In process (no broker), a task that fails is retried and logged like on a worker, not raised
# into the request that queued it; tests read results with .get(), which does raise.
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_TASK_ROUTES = {"cohorts.tasks.issue_certificate": {"queue": "pdf"}}
CELERY_WORKER_MAX_TASKS_PER_CHILD = env_int("CELERY_WORKER_MAX_TASKS_PER_CHILD", 200)
# Every beat entry every this many seconds instead of its daily or hourly time: for the stack
# test and for trying the production shape locally, never for production.
BEAT_EVERY_SECONDS = env_int("BEAT_EVERY_SECONDS", 0)
if BEAT_EVERY_SECONDS < 0:
    raise ImproperlyConfigured(f"BEAT_EVERY_SECONDS must be 0 or more; got {BEAT_EVERY_SECONDS}.")
# /readyz wants a worker of each queue seen within this many seconds (infuse/health.py).
READY_WORKER_SECONDS = env_int("READY_WORKER_SECONDS", 120)
if READY_WORKER_SECONDS < 1:
    raise ImproperlyConfigured(
        f"READY_WORKER_SECONDS must be 1 or more; got {READY_WORKER_SECONDS}."
    )

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG and SITE_IS_HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # Behind a TLS proxy this needs SECURE_PROXY_SSL_HEADER, or every request looks like http
    # and is redirected for ever.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # A load balancer's probe comes over plain http to the machine itself.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading asks browsers' built-in lists to force HTTPS on the whole domain for years and
    # is hard to undo, so a council's operators opt in; the header alone is the safe default.
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    if not SECURE_HSTS_PRELOAD:
        # Django's deploy check asks for preloading; here it is a deliberate choice (above).
        SILENCED_SYSTEM_CHECKS = ["security.W021"]
    if SECURE_HSTS_SECONDS < 0:
        raise ImproperlyConfigured(
            f"SECURE_HSTS_SECONDS must be 0 or more; got {SECURE_HSTS_SECONDS}."
        )

# A programme staff member's session ends after this many minutes without a request: staff can
# change anyone's account and export every council's roster. Others keep two weeks.
STAFF_SESSION_IDLE_MINUTES = env_int("STAFF_SESSION_IDLE_MINUTES", 30)
if STAFF_SESSION_IDLE_MINUTES < 1:
    raise ImproperlyConfigured(
        f"STAFF_SESSION_IDLE_MINUTES must be 1 or more; got {STAFF_SESSION_IDLE_MINUTES}."
    )

# Content Security Policy (django-csp 4): scripts only from our own static files, never inline
# (govuk-frontend's js-enabled line is static/js/js-enabled.js; htmx runs with eval, script tags
# and its inline indicator <style> off, see base.html). Style attributes stay allowed: they
# cannot run script, and the progress bars and the Django admin use them. A <style> element runs
# only with the request's nonce (`<style nonce="{{ request.csp_nonce }}">`: the reports' and two
# lab tools' page styles); stylesheets from elsewhere are refused.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "style-src-elem": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Powerful browser features the portal never uses, refused to it and to anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Errors to Sentry when SENTRY_DSN is set; names and email addresses are scrubbed before sending
# (infuse/sentry.py).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "").strip()
if SENTRY_DSN:
    from infuse.sentry import sentry_init

    sentry_init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
    )
