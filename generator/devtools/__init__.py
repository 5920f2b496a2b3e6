"""Development tools, not part of a build: the stand-in API and the preview server."""
