// Innerbase's service worker: help that opens without a connection.
//
// It keeps an allow-list and nothing else: public help pages, each fetched WITHOUT cookies
// (so the server does not know whose phone asks, and nothing a person wrote can be in them),
// and the static files those pages use. The person's own pages, the API and anything sent
// with POST are never kept. Offline, a kept page opens from the cache; any other page the
// person opens gets the offline page, with the helplines for their country.
"use strict";

const CONFIG = {{ config|safe }};
const CACHE = "innerbase-offline-" + CONFIG.version;
const ORIGIN = self.location.origin;
// The person's country is in this worker's own URL (/sw.js?country=GB): choosing another
// country registers a new worker, which keeps fresh copies for it.
const COUNTRY = new URL(self.location.href).searchParams.get("country") || "";
const PAGES = new Set(CONFIG.pages);
const STATIC = new Set(CONFIG.static);
// On a very slow connection a kept page opens from the cache after this long.
const PATIENCE_MS = 4000;
// Online visits to a kept page refresh its copy, at most this often.
const REFRESH_MS = 10 * 60 * 1000;

const absolute = (path) => new URL(path, ORIGIN).href;

// A copy of a kept page: no cookies, no HTTP cache, no redirects; only an answer the server
// marked as a copy is kept (it marks nothing that sets a cookie or is not on its list).
async function fetchCopy(page) {
  const url = new URL(page, ORIGIN);
  if (COUNTRY && CONFIG.countryPages.includes(url.pathname) && !url.search) {
    url.searchParams.set("country", COUNTRY);
  }
  const response = await fetch(url, {
    credentials: "omit",
    cache: "no-store",
    redirect: "error",
    headers: { [CONFIG.copyHeader]: "1" },
  });
  if (!response.ok || response.headers.get(CONFIG.copyHeader) !== "1") {
    throw new Error("Innerbase did not give a copy of " + page);
  }
  return response;
}

async function keepPage(page) {
  const cache = await caches.open(CACHE);
  await cache.put(absolute(page), await fetchCopy(page));
}

async function keepStatic(path) {
  const response = await fetch(absolute(path), { credentials: "omit", redirect: "error" });
  if (!response.ok) {
    throw new Error("Innerbase did not give " + path);
  }
  const cache = await caches.open(CACHE);
  await cache.put(absolute(path), response);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all([...CONFIG.pages.map(keepPage), ...CONFIG.static.map(keepStatic)]);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("innerbase-") && name !== CACHE) {
          await caches.delete(name);
        }
      }
      if (self.registration.navigationPreload) {
        await self.registration.navigationPreload.enable();
      }
      await self.clients.claim();
    })(),
  );
});

async function saved(path) {
  const cache = await caches.open(CACHE);
  return cache.match(absolute(path), { ignoreVary: true });
}

// The network's answer; for something kept, the saved copy if the network is very slow.
async function networkOr(network, copy) {
  if (!copy) {
    return network;
  }
  network.catch(() => {});
  const slow = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("slow connection")), PATIENCE_MS);
  });
  return Promise.race([network, slow]);
}

async function refresh(page) {
  const copy = await saved(page);
  const date = copy && copy.headers.get("Date");
  if (!(date && Date.now() - Date.parse(date) < REFRESH_MS)) {
    await keepPage(page).catch(() => {});
  }
}

async function navigate(event, url) {
  const page = url.pathname + url.search;
  const kept = event.request.method === "GET" && PAGES.has(page);
  const copy = kept ? await saved(page) : undefined;
  try {
    const network = (async () => (await event.preloadResponse) || fetch(event.request))();
    const response = await networkOr(network, copy);
    if (kept) {
      // Online: the person sees their own page; the kept copy is refreshed on the side.
      event.waitUntil(Promise.all([refresh(page), refresh(CONFIG.fallback)]));
    }
    return response;
  } catch (error) {
    return copy || (await saved(CONFIG.fallback)) || Response.error();
  }
}

async function staticFile(event, url) {
  const copy = await saved(url.pathname);
  try {
    const response = await networkOr(fetch(event.request), copy);
    if (response.ok && response.type === "basic") {
      const cache = await caches.open(CACHE);
      event.waitUntil(cache.put(absolute(url.pathname), response.clone()));
    }
    return response;
  } catch (error) {
    if (copy) {
      return copy;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== ORIGIN) {
    return;
  }
  if (event.request.mode === "navigate") {
    event.respondWith(navigate(event, url));
  } else if (event.request.method === "GET" && STATIC.has(url.pathname) && !url.search) {
    event.respondWith(staticFile(event, url));
  }
  // Anything else (the API, a form sent by a script, other files) goes to the network as if
  // there were no worker, and fails when offline: never a made-up answer, never kept.
});
