"""The site: every output file planned as a job (one planner per page type), the Jinja2
renderer, formatting for templates, and the feed, sitemap, search lists, offline app and images.

Imports: helpers, config, model and sources; nothing of the output stage.
"""
