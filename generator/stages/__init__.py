"""The pipeline's stages, one module each, in the order data flows:

    fetch -> snapshot -> model -> render -> index -> publish

`fetch_images` belongs to fetch; `changes` and `urls` to the model (what changed
since the last snapshot, and the URLs that must keep working); `images` to render.
"""
