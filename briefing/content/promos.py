"""A site's notes about itself set among the text: counts, buttons, its apps and its trailers.

Each is a line no report is written as: a comment count ("Comments (23)"), a button
("Bookmark"), a call to join the site's channels or to send it a story, its inbox promises, a
wire's first-published trailer, a note that an AI drafted the copy, a disclosure of risk.
"""

from __future__ import annotations

import re

_NOTE = re.compile(
    r"^(?:"
    r"comments? \(\d+\)|bookmark|listen to (?:this )?article|gift (?:this )?article|"
    # A wire's trailer: "This report by The Canadian Press was first published Dec. 2, 2026."
    r"this (?:report|story|article) by [A-Z][\w .&'’-]{1,60} was first published\b.{0,40}|"
    r"(?:information|material|reporting) from [A-Z][^.]{1,80} (?:was|were) used in this "
    r"(?:report|story|article)\.?|"
    r"(?:got|have you got|do you have) a (?:story|news tip|tip)\b.{0,160}|"
    r"get (?:the|all the|our) .{0,80}?\b(?:in your inbox|delivered to your inbox)\b.{0,60}|"
    r"with files from [A-Z][\w .,&'’-]{1,80}|about the authors?|"
    r"(?:join )?our (?:free )?[\w ]{0,30}whatsapp (?:community|channel)\b.{0,200}|"
    r"download (?:the|our) [\w .'’-]{1,40} app\b.{0,160}|"
    r"(?:stick|keep up) with [\w .'’-]{1,40}? for (?:all )?the latest\b.{0,80}|"
    r"this (?:article|story) was (?:generated|produced|written|created|drafted) with the "
    r"(?:support|help|assistance) of (?:ai|artificial intelligence)\b.{0,200}|"
    r"(?:strictly )?embargoed (?:until|till|to)\b.{3,100}|under embargo until\b.{3,100}|"
    r"this transcript (?:was|has been|is|may)\b.{0,200}|"
    r"support (?:us|[\w .'’-]{1,40}) on (?:patreon|ko-fi|substack)\b.{0,200}|"
    r"risk disclosure:.{0,600}|(?:topics|tags): .{1,200}|"
    # A paywall's offer, an aggregator's "In this article:" and its prompt to read more there.
    r"get (?:unlimited|full|all|digital|instant)\b.{0,60}?\b(?:access|articles?)\b.{0,100}|"
    r"in this (?:article|story)\s*:?|get more stories like this\b.{0,80}|"
    # A note that the text is a translation, and a letters page's address and terms.
    r"this (?:article|story|report|piece) (?:was|has been) (?:machine[- ])?translated from "
    r"[A-Z][a-z]+\b.{0,200}|"
    r"(?:send|email|write) (?:us )?your letters?\b.{0,200}|letters (?:may|will) be edited\b.{0,80}|"
    # A stamp that gives a time of today and no date: "Today, 1:58 am Updated at 9:40 am".
    r"(?:today|yesterday),?\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?"
    r"(?:,?\s+updated(?: at)?\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)?|"
    # A court's press summary's disclaimer and its key to the paragraph references.
    r"this summary is provided to assist in understanding the court['’]s decision\b.{0,600}|"
    r"references in square brackets are to paragraphs in the judgment\.?|"
    # A wire desk's initials closing the copy: "pa/jb/md".
    r"[a-z]{2,4}(?:/[a-z]{2,4}){1,5}"
    r")$",
    re.IGNORECASE,
)


def is_site_note(paragraph: str) -> bool:
    """Tell a line in which the site speaks of itself, its buttons or its channels."""
    return _NOTE.match(paragraph.strip()) is not None
