from django.urls import path

from innerbase.journal.views import drafts, entries, entry, spaces

app_name = "journal"
urlpatterns = [
    path("", entries.index, name="index"),
    path("search/", entries.search_entries, name="search"),
    path("quick/", entries.quick, name="quick"),
    path("new/", entry.new, name="new"),
    path("prompt/", entries.prompt, name="prompt"),
    path("calendar/", entries.calendar_month, name="calendar"),
    path("spaces/", spaces.spaces, name="spaces"),
    path("spaces/<uuid:space_id>/", spaces.space_edit, name="space"),
    path("draft/", drafts.draft_save, name="draft_save"),
    path("draft/discard/", drafts.draft_discard, name="draft_discard"),
    path("<uuid:entry_id>/", entry.entry, name="entry"),
    path("<uuid:entry_id>/edit/", entry.edit, name="edit"),
    path("<uuid:entry_id>/delete/", entry.delete, name="delete"),
    path("<uuid:entry_id>/versions/", entry.versions, name="versions"),
    path("<uuid:entry_id>/versions/<int:number>/restore/", entry.restore, name="restore"),
]
