/** Where the build keeps its intermediate files (git-ignored) and where the site ends up. */
import path from 'node:path';

export const WORK_DIR = path.resolve('.hookref');
/** The site model the Astro pages read. */
export const SITE_MODEL_FILE = path.join(WORK_DIR, 'site.json');
/** The Downloads page's own part of the model (file sizes change with any schema, and no other page reads them). */
export const SITE_DOWNLOADS_FILE = path.join(WORK_DIR, 'site-downloads.json');
/** Astro's `publicDir`: the project's `public/` plus every generated artifact. */
export const PUBLIC_STAGING_DIR = path.join(WORK_DIR, 'public');
/** Downloads the build makes while Astro renders wait here, then join the built site. */
export const DEFERRED_DIR = path.join(WORK_DIR, 'deferred');
/** Astro builds here first; the finished, checked site is then moved to `dist/`. */
export const STAGING_OUT_DIR = path.join(WORK_DIR, 'dist');
export const PUBLIC_DIR = path.resolve('public');
/** `HOOKREF_OUT_DIR` builds elsewhere (the tests build the example registries side by side). */
export const OUT_DIR = path.resolve(process.env.HOOKREF_OUT_DIR || 'dist');
/** The content-addressed cache of pure work (`content-cache.ts`), kept between builds. */
export const CACHE_DIR = path.join(WORK_DIR, 'cache');
/** One model file per event page and per released-version page: each page reads only its own. */
export const SITE_PAGES_DIR = path.join(WORK_DIR, 'site-pages');
/** What the site model on disk was made from (`model-stamp.ts`). */
export const SITE_STAMP_FILE = path.join(WORK_DIR, 'site.stamp');
