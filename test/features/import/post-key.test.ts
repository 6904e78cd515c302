/** One post, whatever form of its link a file or a person wrote. */
import { describe, expect, it } from "vitest";
import {
  handleOfLink,
  linkOfId,
  platformOfLink,
  postKey,
} from "../../../src/features/import/post-key";

describe("post keys", () => {
  it.each([
    ["https://www.instagram.com/p/DAbc123/", "instagram:DAbc123"],
    ["instagram.com/reel/DAbc123?igsh=MzRlODBiNWFlZA==", "instagram:DAbc123"],
    ["https://www.instagram.com/mia.makes/p/DAbc123/", "instagram:DAbc123"],
    [
      "https://www.tiktok.com/@bencole/video/7301234567890123456?is_from_webapp=1",
      "tiktok:7301234567890123456",
    ],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube:dQw4w9WgXcQ"],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42", "youtube:dQw4w9WgXcQ"],
    ["https://m.youtube.com/shorts/dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ"],
    ["https://twitter.com/deviyer/status/1771234567890123456", "x:1771234567890123456"],
    ["https://x.com/i/web/status/1771234567890123456", "x:1771234567890123456"],
    ["https://www.facebook.com/evalund/posts/pfbid02Xyz789", "facebook:pfbid02Xyz789"],
    ["https://www.facebook.com/permalink.php?story_fbid=123456&id=99", "facebook:123456"],
    [
      "https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/",
      "linkedin:7123456789012345678",
    ],
    ["https://Blog.Example.com/Post/42/?utm_source=x&b=2&a=1", "blog.example.com/post/42?a=1&b=2"],
  ])("%s", (link, key) => {
    expect(postKey(link)).toBe(key);
  });

  it("is none for text that is no link", () => {
    expect(postKey("my best post")).toBeUndefined();
  });

  it("builds the links of ids, and reads platforms and accounts from links", () => {
    expect(linkOfId("YouTube", "dQw4w9WgXcQ")).toBe("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(linkOfId("twitter", "1771234567890123456")).toBe(
      "https://x.com/i/web/status/1771234567890123456",
    );
    expect(linkOfId("Instagram", "17900001")).toBeUndefined();
    expect(platformOfLink("https://vm.tiktok.com/ZMabc/")).toBe("TikTok");
    expect(handleOfLink("https://www.tiktok.com/@bencole/video/1")).toBe("@bencole");
    expect(handleOfLink("https://x.com/deviyer/status/1")).toBe("@deviyer");
    expect(handleOfLink("https://x.com/i/web/status/1")).toBeUndefined();
  });
});
