from django.core.asgi import get_asgi_application

from infuse.startup import EXIT_BAD_SETTING_SERVER, settings_or_exit

settings_or_exit(code=EXIT_BAD_SETTING_SERVER)
application = get_asgi_application()
