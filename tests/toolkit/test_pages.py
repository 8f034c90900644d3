"""The toolkit's pages: the list with what helps the person on top, an exercise started with a
rating before and finished with one after, bad input, owner checks, CSRF and methods; and the
person's top tools offered first on "I need a minute" and during a pause."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from innerbase.safety.models import Pause
from innerbase.toolkit import ranking, services
from innerbase.toolkit.models import ToolUse

pytestmark = pytest.mark.django_db


def use_once(client, code, before, after):
    """Start and finish a use through the pages, as a person does; the finish's answer."""
    response = client.post(f"/practice/toolkit/{code}/", {"distress_before": before})
    assert response.status_code == 302, response.content[:400]
    return client.post(response["Location"], {"distress_after": after})


def test_an_exercise_begins_with_the_rating_before_and_shows_its_steps(alice_client, alice):
    page = alice_client.get("/practice/toolkit/body-scan/").content.decode()
    assert "<h1>Body scan</h1>" in page and "About 5 minutes" in page
    assert "How upset do you feel right now?" in page and "Kabat-Zinn" in page
    response = alice_client.post("/practice/toolkit/body-scan/", {"distress_before": "7"})
    use = ToolUse.objects.get(owner=alice.user)
    assert response["Location"] == f"/practice/toolkit/uses/{use.pk}/"
    assert (use.exercise, use.before, use.after) == ("body-scan", 7, None)
    page = alice_client.get(response["Location"]).content.decode()
    assert "Notice your feet." in page and "And now, how upset do you feel?" in page


def test_finishing_with_both_ratings_ranks_the_tool_in_what_helps_you(alice_client, alice):
    response = use_once(alice_client, "walk", 8, 3)
    assert response["Location"] == "/practice/toolkit/"
    page = alice_client.get("/practice/toolkit/").content.decode()
    assert "It now counts in what helps you." in page
    helps = page[page.index("What helps you") : page.index("All tools")]
    assert "A short walk" in helps and "eased by 5.0 on average" in helps
    assert "rated 1 time" in helps and "too few to tell yet" in helps
    assert ranking.RULE in page


def test_three_ratings_are_enough_to_tell_and_the_best_tool_comes_first(alice_client):
    for before, after in [(6, 5), (6, 5), (6, 5)]:
        use_once(alice_client, "walk", before, after)
    for before, after in [(8, 3), (7, 3)]:
        use_once(alice_client, "body-scan", before, after)
    helps = alice_client.get("/practice/toolkit/").content.decode()
    helps = helps[helps.index("What helps you") : helps.index("All tools")]
    assert helps.index("A short walk") < helps.index("Body scan")  # 3 ratings beat 2
    use_once(alice_client, "body-scan", 6, 2)
    helps = alice_client.get("/practice/toolkit/").content.decode()
    helps = helps[helps.index("What helps you") : helps.index("All tools")]
    assert helps.index("Body scan") < helps.index("A short walk")
    assert "eased by 4.3 on average · rated 3 times</span>" in helps


def test_either_rating_may_be_skipped_and_then_the_use_is_not_counted(alice_client, alice):
    response = use_once(alice_client, "values-check", "", 4)
    assert response.status_code == 302
    use = ToolUse.objects.get(owner=alice.user)
    assert (use.before, use.after, use.counted) == (None, 4, False)
    page = alice_client.get("/practice/toolkit/").content.decode()
    assert "when it has a rating at the start and the end" in page
    assert "Nothing here yet." in page


def test_a_tool_that_made_things_worse_says_so_plainly(alice_client):
    use_once(alice_client, "cold-water", 3, 5)
    page = alice_client.get("/practice/toolkit/").content.decode()
    assert "rose by 2.0 on average" in page


def test_still_very_upset_after_a_tool_offers_calm_and_help(alice_client):
    use_once(alice_client, "walk", 6, 8)
    page = alice_client.get("/practice/toolkit/").content.decode()
    assert "calming-offer" in page and "/help/" in page
    again = alice_client.get("/practice/toolkit/").content.decode()
    assert "calming-offer" not in again  # said once


def test_a_rating_outside_0_to_10_names_the_field_and_keeps_the_rest(alice_client, alice):
    response = alice_client.post("/practice/toolkit/walk/", {"distress_before": "11"})
    assert response.status_code == 422
    page = response.content.decode()
    assert "There is a problem" in page and "How upset do you feel right now?" in page
    assert not ToolUse.objects.exists()
    use = services.use_start(user=alice.user, code="walk", before=6)
    response = alice_client.post(use.get_absolute_url(), {"distress_after": "ten"})
    assert (
        response.status_code == 422
        and "And now, how upset do you feel?" in response.content.decode()
    )
    use.refresh_from_db()
    assert use.after is None and use.finished_at is None


def test_the_two_calm_tools_are_linked_and_the_timed_ones_have_a_timer(alice_client, alice):
    use = services.use_start(user=alice.user, code="paced-breathing", before=None)
    page = alice_client.get(use.get_absolute_url()).content.decode()
    assert 'href="/help/calm/breathe/"' in page and "come back to this page" in page
    assert "data-exercise-timer" not in page
    use = services.use_start(user=alice.user, code="cold-water", before=None)
    page = alice_client.get(use.get_absolute_url()).content.decode()
    assert 'data-seconds="30"' in page and ">0:30<" in page and "js/exercise-timer.js" in page
    assert "heart condition" in page and "eating disorder" in page


def test_a_started_use_waits_on_the_list_to_be_finished(alice_client, alice):
    use = services.use_start(user=alice.user, code="urge-surfing", before=8)
    page = alice_client.get("/practice/toolkit/").content.decode()
    assert "Urge surfing: how do you feel now?" in page and use.get_absolute_url() in page


def test_an_unknown_exercise_and_another_persons_use_are_404s(alice_client, charlie):
    assert alice_client.get("/practice/toolkit/no-such-tool/").status_code == 404
    assert alice_client.post("/practice/toolkit/no-such-tool/", {}).status_code == 404
    theirs = services.use_start(user=charlie.user, code="walk", before=5)
    assert alice_client.get(theirs.get_absolute_url()).status_code == 404
    assert alice_client.post(theirs.get_absolute_url(), {"distress_after": 1}).status_code == 404
    theirs.refresh_from_db()
    assert theirs.after is None


def test_logged_out_goes_to_login_and_wrong_methods_are_refused(client, alice_client, alice):
    for path in ("/practice/toolkit/", "/practice/toolkit/walk/"):
        assert client.get(path)["Location"].startswith("/account/login/")
    assert alice_client.post("/practice/toolkit/").status_code == 405
    use = services.use_start(user=alice.user, code="walk", before=5)
    assert alice_client.delete(use.get_absolute_url()).status_code == 405


def test_csrf_is_required_to_save(alice, alice_client):
    use = services.use_start(user=alice.user, code="walk", before=5)
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post("/practice/toolkit/walk/", {"distress_before": 3}).status_code == 403
    assert alice_client.post(use.get_absolute_url(), {"distress_after": 3}).status_code == 403
    assert ToolUse.objects.count() == 1


# -- offered first where a hard moment is ---------------------------------------------------
def test_i_need_a_minute_offers_the_persons_top_tools_first(alice_client, alice):
    for code, before, after in [("walk", 8, 2), ("body-scan", 6, 5), ("values-check", 3, 6)]:
        services.use_record(user=alice.user, code=code, before=before, after=after)
    page = alice_client.get("/help/calm/").content.decode()
    offered = page[page.index("What has helped you before") : page.index("Breathe slowly")]
    assert re.findall(r'href="/practice/toolkit/([a-z-]+)/"', offered) == ["walk", "body-scan"]
    assert "10 min · eased by 6.0 on average, rated 1 time" in offered


def test_the_calm_page_stays_as_it_was_logged_out_and_with_nothing_rated(client, alice_client):
    assert "What has helped you before" not in client.get("/help/calm/").content.decode()
    assert "What has helped you before" not in alice_client.get("/help/calm/").content.decode()


def test_a_waiting_pause_offers_the_persons_top_tools_first(alice_client, alice):
    services.use_record(user=alice.user, code="urge-surfing", before=9, after=4)
    alice_client.post(
        "/help/pause/", {"urge": "text_them", "wait_minutes": "20", "alternative": ""}
    )
    pause = Pause.objects.get(owner=alice.user)
    page = alice_client.get(pause.get_absolute_url()).content.decode()
    assert page.index("What has helped you before") < page.index("Other things that might help")
    assert 'href="/practice/toolkit/urge-surfing/"' in page
    Pause.objects.filter(pk=pause.pk).update(ends_at=timezone.now() - dt.timedelta(seconds=1))
    assert (
        "What has helped you before"
        not in alice_client.get(pause.get_absolute_url()).content.decode()
    )


def test_an_offline_copy_of_the_calm_page_never_has_anyones_tools(alice):
    services.use_record(user=alice.user, code="walk", before=8, after=2)
    copy = Client().get("/help/calm/", HTTP_INNERBASE_OFFLINE_COPY="1")
    assert copy["Innerbase-Offline-Copy"] == "1"
    assert "What has helped you before" not in copy.content.decode()


def test_the_list_costs_the_same_queries_with_many_uses(alice_client, alice):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get("/practice/toolkit/").status_code == 200
        return len(captured)

    services.use_record(user=alice.user, code="walk", before=5, after=3)
    queries()  # the first visit after logging in also saves the session
    few = queries()
    for code in ("walk", "body-scan", "grounding", "cold-water") * 10:
        services.use_record(user=alice.user, code=code, before=7, after=2)
    assert queries() == few
