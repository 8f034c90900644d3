from django.urls import path

from innerbase.journal import draft_views, entry_views, space_views, views

app_name = "journal"
urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search_entries, name="search"),
    path("quick/", views.quick, name="quick"),
    path("new/", entry_views.new, name="new"),
    path("prompt/", views.prompt, name="prompt"),
    path("calendar/", views.calendar_month, name="calendar"),
    path("spaces/", space_views.spaces, name="spaces"),
    path("spaces/<uuid:space_id>/", space_views.space_edit, name="space"),
    path("draft/", draft_views.draft_save, name="draft_save"),
    path("draft/discard/", draft_views.draft_discard, name="draft_discard"),
    path("<uuid:entry_id>/", entry_views.entry, name="entry"),
    path("<uuid:entry_id>/edit/", entry_views.edit, name="edit"),
    path("<uuid:entry_id>/delete/", entry_views.delete, name="delete"),
    path("<uuid:entry_id>/versions/", entry_views.versions, name="versions"),
    path("<uuid:entry_id>/versions/<int:number>/restore/", entry_views.restore, name="restore"),
]
