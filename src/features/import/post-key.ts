/**
 * Which post a link is, whatever form of it a file or a person wrote: the id each platform puts
 * in its post links (instagram.com/p/<code> and /reel/<code>, tiktok.com/@user/video/<id>,
 * youtube.com/watch?v=<id>, youtu.be/<id> and /shorts/<id>, x.com or twitter.com/<user>/
 * status/<id>, facebook.com/<page>/posts/<id>, linkedin.com/feed/update/urn:li:activity:<id>).
 * The tracker keeps posts by their link in its Post URL column: a file that gives an id alone
 * (YouTube's Content, X's Tweet id) gets the platform's link built from it. Other links are
 * matched as written, without "www.", a trailing slash or tracking parameters.
 */
import { findPlatform, type PlatformName } from "../../core/defaults";

interface PostLink {
  readonly platform: PlatformName;
  readonly host: RegExp;
  /** The post's id in a link's path and query, in the first group. */
  readonly id: readonly RegExp[];
  /** The link to a post of this id, for a file that gives the id alone. */
  readonly link?: (id: string) => string;
}

const LINKS: readonly PostLink[] = [
  {
    platform: "Instagram",
    host: /(^|\.)instagram\.com$/,
    id: [/^\/(?:[\w.]+\/)?(?:p|reels?|tv)\/([\w-]+)/],
  },
  {
    platform: "TikTok",
    host: /(^|\.)tiktok\.com$/,
    id: [/^\/@[\w.-]+\/(?:video|photo)\/(\d+)/],
  },
  {
    platform: "YouTube",
    host: /(^|\.)(youtube\.com|youtu\.be)$/,
    id: [/^\/(?:shorts|live|embed)\/([\w-]{6,})/, /[?&]v=([\w-]{6,})/, /^\/([\w-]{6,})(?:$|\?)/],
    link: (id) => `https://www.youtube.com/watch?v=${id}`,
  },
  {
    platform: "X",
    host: /(^|\.)(x\.com|twitter\.com)$/,
    id: [/^\/(?:[\w]+|i\/web)\/status(?:es)?\/(\d+)/],
    link: (id) => `https://x.com/i/web/status/${id}`,
  },
  {
    platform: "Facebook",
    host: /(^|\.)(facebook\.com|fb\.com)$/,
    id: [
      /^\/[\w.-]+\/(?:posts|videos|reel|photos\/[\w.]+)\/(\w+)/,
      /^\/(?:reel|watch)\/?(?:\?v=)?(\d+)/,
      /[?&](?:story_fbid|fbid|v)=(\w+)/,
    ],
  },
  {
    platform: "LinkedIn",
    host: /(^|\.)linkedin\.com$/,
    id: [/urn:li:(?:activity|share|ugcPost):(\d+)/],
  },
];

/** Query parameters that say where a click came from, not which post it is. */
const TRACKING =
  /^(utm_\w+|igsh|igshid|si|s|t|ref|ref_src|fbclid|_r|is_from_webapp|sender_device)$/i;

function parse(text: string): { host: string; path: string; query: string } | undefined {
  const match = /^(?:https?:\/\/)?([^/?#\s]+\.[a-z]{2,})(\/[^?#\s]*)?(\?[^#\s]*)?/i.exec(
    text.trim(),
  );
  if (!match?.[1]) return undefined;
  return {
    host: match[1].toLowerCase().replace(/^(www|m|mobile|vm)\./, ""),
    path: match[2] ?? "",
    query: match[3] ?? "",
  };
}

/** The platform a post link belongs to, if it is one of theirs. */
export function platformOfLink(text: string): PlatformName | undefined {
  const url = parse(text);
  return url && LINKS.find((link) => link.host.test(url.host))?.platform;
}

/**
 * A post's key: "instagram:DAbc123" for a platform's post link, else the link without its
 * scheme, "www.", trailing slash and tracking parameters; undefined for text that is no link.
 */
export function postKey(text: string): string | undefined {
  const url = parse(text);
  if (!url) return undefined;
  const link = LINKS.find((l) => l.host.test(url.host));
  if (link) {
    for (const pattern of link.id) {
      const id = pattern.exec(`${url.path}${url.query}`)?.[1];
      if (id) return `${link.platform.toLowerCase()}:${id}`;
    }
  }
  const query = url.query
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING.test(pair.split("=")[0] ?? ""))
    .sort()
    .join("&");
  const path = url.path.replace(/\/+$/, "");
  return `${url.host}${path}${query ? `?${query}` : ""}`.toLowerCase();
}

/** The account a post link names ("@user" of tiktok.com/@user/video/…, x.com/user/status/…). */
export function handleOfLink(text: string): string | undefined {
  const url = parse(text);
  if (!url) return undefined;
  const platform = LINKS.find((link) => link.host.test(url.host))?.platform;
  const user =
    platform === "TikTok"
      ? /^\/@([\w.-]+)\//.exec(url.path)?.[1]
      : platform === "X"
        ? /^\/(\w+)\/status/.exec(url.path)?.[1]
        : undefined;
  return user && user !== "i" ? `@${user}` : undefined;
}

/** The link of a post a file gives by id, on a platform that builds links from ids alone. */
export function linkOfId(platform: string, id: string): string | undefined {
  const known = findPlatform(platform)?.platform;
  const link = LINKS.find((l) => l.platform === known)?.link;
  return link && /^[\w-]+$/.test(id) ? link(id) : undefined;
}
