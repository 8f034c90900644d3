from django.urls import path

from innerbase.journal import views

app_name = "journal"
urlpatterns = [
    path("", views.index, name="index"),
    path("quick/", views.quick, name="quick"),
    path("new/", views.new, name="new"),
    path("prompt/", views.prompt, name="prompt"),
    path("calendar/", views.calendar_month, name="calendar"),
    path("spaces/", views.spaces, name="spaces"),
    path("spaces/<uuid:space_id>/", views.space_edit, name="space"),
    path("draft/", views.draft_save, name="draft_save"),
    path("draft/discard/", views.draft_discard, name="draft_discard"),
    path("<uuid:entry_id>/", views.entry, name="entry"),
    path("<uuid:entry_id>/edit/", views.edit, name="edit"),
    path("<uuid:entry_id>/delete/", views.delete, name="delete"),
    path("<uuid:entry_id>/versions/", views.versions, name="versions"),
    path("<uuid:entry_id>/versions/<int:number>/restore/", views.restore, name="restore"),
]
