"""The procurement lab's tool. Paths start at the site root."""

urlpatterns = []
