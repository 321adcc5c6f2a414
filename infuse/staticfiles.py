"""The production storage for static files: WhiteNoise's compressed manifest storage (hashed
names, gzip and Brotli copies; settings.STORAGES), tolerating one known gap.

govuk-frontend's stylesheet names its own images under `govuk/assets/` (the crest of the
GOV.UK footer), which the portal neither shows nor ships (frontend/build.sh removes GOV.UK's
marks). Django's manifest storage would stop `collectstatic` at the first such
reference; these are left as they are, and any other missing file still stops it.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage

NOT_SHIPPED = "govuk/assets/"


class ManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def converter(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                if NOT_SHIPPED in matchobj["url"]:
                    return matchobj["matched"]
                raise

        return converter
