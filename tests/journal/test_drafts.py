"""Draft keys come from the page; a malformed one is refused calmly and saves nothing."""

import pytest

from innerbase.journal.models import Draft

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "draft_key", ["entry:not-a-uuid", "entry:", "new:", "new:no-such-mode", "old:free", ""]
)
def test_a_malformed_draft_key_is_refused_with_422(alice_client, alice, draft_key):
    response = alice_client.post("/journal/draft/", {"draft_key": draft_key, "text": "x"})
    assert response.status_code == 422
    assert not Draft.objects.filter(owner=alice.user).exists()


def test_a_draft_key_for_someone_elses_entry_is_404(alice_client, charlie):
    from innerbase.journal import services

    entry = services.entry_create(
        user=charlie.user, data_key=charlie.data_key, body={"text": "theirs"}, mood=5
    )
    response = alice_client.post("/journal/draft/", {"draft_key": f"entry:{entry.pk}", "text": "x"})
    assert response.status_code == 404
    assert not Draft.objects.exists()
