"""Django settings: a local SQLite install by default, hosted mode through the environment."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from innerbase.datadir import data_dir, local_secret_key
from innerbase.env import env_bool, env_int, env_list, env_secret

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()

# Hosted mode: many users behind a TLS proxy, configured only through the environment.
HOSTED = env_bool("INNERBASE_HOSTED")
DEBUG = env_bool("INNERBASE_DEBUG") and not HOSTED

if HOSTED:
    SECRET_KEY = env_secret("INNERBASE_SECRET_KEY")
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("Hosted mode needs INNERBASE_SECRET_KEY of 50+ characters")
    ALLOWED_HOSTS = env_list("INNERBASE_ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("Hosted mode needs INNERBASE_ALLOWED_HOSTS")
else:
    SECRET_KEY = local_secret_key(DATA_DIR)
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", *env_list("INNERBASE_ALLOWED_HOSTS")]

INSTALLED_APPS = [
    # First, so that its `changepassword` command replaces Django's (which would strand data).
    "innerbase.accounts",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "axes",
    "innerbase.core",
    "innerbase.vault",
    "innerbase.safety",
    "innerbase.assessments",
    "innerbase.journal",
    "innerbase.thoughts",
    "innerbase.practice",
    "innerbase.experiments",
    "innerbase.toolkit",
    "innerbase.people",
    "innerbase.patterns",
    "innerbase.boundaries",  # after people: a restore links boundaries to restored people
    "innerbase.conversations",
    "innerbase.learn",
    "innerbase.reports",
    "innerbase.checkins",
    "innerbase.progress",
    "innerbase.imports",  # after every app whose records it imports
    "innerbase.today",
    "innerbase.exports",
    "innerbase.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: it sees the worker's copy requests first and their answers last.
    "innerbase.safety.offline.copies",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "innerbase.vault.middleware.unlock_from_session",
    "innerbase.accounts.middleware.idle_lock",
    "innerbase.accounts.middleware.local_time",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # axes must come last: it turns a lockout into a response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "innerbase.urls"
WSGI_APPLICATION = "innerbase.wsgi.application"
AUTH_USER_MODEL = "accounts.User"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "innerbase.core.navigation.context",
                "innerbase.core.stop_rule.context",
                "innerbase.safety.screening.context",
                "innerbase.webapp.context",
            ],
        },
    },
]


def database_from_url(url: str) -> dict:
    """Turn a postgres:// URL into a Django DATABASES entry."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql"}:
        raise ImproperlyConfigured("DATABASE_URL must start with postgres://")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "innerbase",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }


SQLITE_PATH = DATA_DIR / "innerbase.sqlite3"
DATABASE_URL = env_secret("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": database_from_url(DATABASE_URL)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                # IMMEDIATE + busy timeout: writers queue instead of failing with "locked".
                "transaction_mode": "IMMEDIATE",
                "timeout": 10,
                # FULL: a committed entry survives a power cut, not only a crash.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                    "PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY;"
                    "PRAGMA secure_delete=ON;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
PASSPHRASE_MIN_LENGTH = 12
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": PASSPHRASE_MIN_LENGTH},
    },
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
FORM_RENDERER = "innerbase.core.forms.FormRenderer"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "today:home"

# Argon2id cost for the key that wraps each person's data key (OWASP floor is m=19 MiB, t=2).
VAULT_KDF = {
    "time_cost": env_int("INNERBASE_KDF_TIME_COST", 3, minimum=2),
    "memory_cost": env_int("INNERBASE_KDF_MEMORY_KIB", 65536, minimum=19456),
    "parallelism": 1,
}
VAULT_COOKIE_NAME = "innerbase_key"

# Sessions live in the database; the key that opens the vault lives only in the browser.
SESSION_COOKIE_NAME = "innerbase_session"
SESSION_COOKIE_AGE = env_int("INNERBASE_SESSION_HOURS", 12, minimum=1) * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_SAMESITE = "Lax"
IDLE_LOCK_MINUTES = env_int("INNERBASE_IDLE_LOCK_MINUTES", 15, minimum=1)

# Questionnaires an operator has switched off (codes, comma-separated): their licences differ,
# and a commercial host may not have the authors' permission for some (see README).
ASSESSMENTS_OFF = env_list("INNERBASE_ASSESSMENTS_OFF")
CSRF_COOKIE_NAME = "innerbase_csrf"
CSRF_COOKIE_HTTPONLY = True

AXES_FAILURE_LIMIT = env_int("INNERBASE_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("INNERBASE_LOGIN_COOLOFF_MINUTES", 15, minimum=1) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Guesses at one name spread over many addresses are paused too, by accounts.lockout; at a
# higher limit, so that locking a person out takes ten addresses' worth of wrong guesses.
AXES_HANDLER = "innerbase.accounts.lockout.LoginThrottle"
LOGIN_FAILURE_LIMIT_PER_USERNAME = env_int(
    "INNERBASE_LOGIN_FAILURE_LIMIT_PER_USERNAME",
    10 * AXES_FAILURE_LIMIT,
    minimum=AXES_FAILURE_LIMIT,
)
# Tries refused during a pause are not counted: one address then adds at most
# AXES_FAILURE_LIMIT to a name per cool-off, and cannot lock its owner out on its own. (It also
# makes axes' backend mark a refused try as locked out, which gives the per-username pause its
# 429 page.)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "innerbase.accounts.lockout.lockout_response"
AXES_VERBOSE = False
AXES_USERNAME_FORM_FIELD = "username"
AXES_PASSWORD_FORM_FIELD = "passphrase"  # noqa: S105 (a field name, not a secret)
# The throttle keeps failed attempts; none of these may ever be stored, even masked badly.
AXES_SENSITIVE_PARAMETERS = [
    "passphrase",
    "new_passphrase",
    "new_passphrase_again",
    "current_passphrase",
    "recovery_key",
    "csrfmiddlewaretoken",
]
# Successful logins are not logged: when a person uses Innerbase is their business.
AXES_DISABLE_ACCESS_LOG = True

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # The service worker (/sw.js) and the web app manifest come from this site only.
    "worker-src": [CSP.SELF],
    "manifest-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

if HOSTED:
    SECURE_SSL_REDIRECT = env_bool("INNERBASE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if "*" not in host]
    AXES_IPWARE_PROXY_COUNT = env_int("INNERBASE_PROXY_COUNT", 1)

# Logs carry paths and status codes only: never bodies, never what a person wrote.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
