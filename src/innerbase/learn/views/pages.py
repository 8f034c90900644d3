"""Learn's pages: the lessons with the person's path, one lesson (with where they stopped,
listen, its reflection and its try-it), saving the place and "I've read this", choosing a
path, and the Today card."""

from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from innerbase.learn import content, selectors, services
from innerbase.learn.lessons import Lesson


def _lesson_or_404(code: str) -> Lesson:
    lesson = content.by_code().get(code)
    if lesson is None:
        raise Http404("No such lesson")
    return lesson


def try_it_url(lesson: Lesson) -> str:
    target = lesson.try_it
    url = reverse(target.url, args=list(target.args))
    return f"{url}?{urlencode(dict(target.query))}" if target.query else url


def reflect_url(lesson: Lesson) -> str:
    prompt = f"{selectors.PROMPT_PREFIX}{lesson.code}"
    return f"{reverse('journal:new')}?{urlencode({'mode': 'guided', 'prompt': prompt})}"


@never_cache
@login_required
@require_GET
def index(request):
    read = selectors.read_codes(user=request.user)
    followed = selectors.path_followed(user=request.user)
    by_code = content.by_code()
    return render(
        request,
        "learn/index.html",
        {
            "words": content.words(),
            "followed": followed,
            "progress": selectors.path_progress(path=followed["code"], read=read),
            "other_paths": [p for p in content.paths() if p["code"] != followed["code"]],
            "shelves": [
                {
                    "title": shelf["title"],
                    "lessons": [
                        {"lesson": by_code[code], "read": code in read}
                        for code in shelf["lessons"]
                        if code in by_code
                    ],
                }
                for shelf in content.shelves()
            ],
        },
    )


@never_cache
@login_required
@require_GET
def lesson(request, code: str):
    shown = _lesson_or_404(code)
    reading = selectors.reading_of(user=request.user, code=code)
    followed = selectors.path_followed(user=request.user)
    read = selectors.read_codes(user=request.user)
    progress = selectors.path_progress(path=followed["code"], read=read)
    return render(
        request,
        "learn/lesson.html",
        {
            "words": content.words(),
            "lesson": shown,
            "html": content.html_of(code),
            "reading": reading,
            "try_url": try_it_url(shown),
            "reflect_url": reflect_url(shown),
            "care_note": content.words()["sensitive"].get(shown.sensitive, ""),
            "progress": progress,
        },
    )


@login_required
@require_POST
def place(request, code: str):
    """Where the person stopped (sent by learn.js as they scroll and when they leave)."""
    _lesson_or_404(code)
    try:
        at = int(request.POST.get("place", ""))
    except ValueError:
        return HttpResponse("place: a whole number, please.", status=422)
    services.reading_place_save(user=request.user, code=code, place=at)
    return HttpResponse(status=204)


@login_required
@require_POST
def read(request, code: str):
    _lesson_or_404(code)
    services.lesson_read(user=request.user, code=code)
    return redirect(reverse("learn:lesson", args=[code]) + "#after-reading")


@login_required
@require_POST
def choose_path(request):
    code = request.POST.get("path", "")
    if code not in content.paths_by_code():
        raise Http404("No such path")
    services.path_choose(user=request.user, code=code)
    return redirect("learn:index")


def _next_lesson(request):
    """Today asks twice (whether to show the card, then what is on it): look it up once."""
    if not hasattr(request, "_learn_next"):
        request._learn_next = selectors.next_for_today(user=request.user)
    return request._learn_next


def today_card_shown(request) -> bool:
    """At most one lesson a day: the card is gone once the person read one today, and when
    their path is all read."""
    return _next_lesson(request) is not None


def today_card(request) -> dict:
    followed = selectors.path_followed(user=request.user)
    return {
        "words": content.words(),
        "lesson": _next_lesson(request),
        "path": content.paths_by_code()[followed["code"]],
    }
