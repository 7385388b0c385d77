"""Plain-text reports: headline and dateline metadata."""
from marsad.ingest.clean import clean_item, plain_text_metadata
from marsad.model import RawItem


def test_headline_and_dateline_are_read():
    text = ("Militants attack a water station near Kubaisa\n\n"
            "KUBAISA, 4 March 2021 (Desert Courier) - Gunmen attacked a pumping station on Thursday night.")
    assert plain_text_metadata(text) == ("Militants attack a water station near Kubaisa", "2021-03-04")
    assert plain_text_metadata("Headline here\nBAGHDAD, May 5, 2020 - Officials said.") == ("Headline here", "2020-05-05")
    assert plain_text_metadata("Headline\nHIT, 2020-02-17 — Police said.")[1] == "2020-02-17"


def test_dates_in_running_text_are_not_publication_dates():
    text = "Police said on Tuesday that the attack of 3 March 2020 was planned for weeks. Nobody was hurt."
    assert plain_text_metadata(text) == (None, None)
    assert plain_text_metadata("Headline\nThe council met on 3 March 2020 to discuss it.")[1] is None


def test_sentence_first_line_is_not_a_title():
    assert plain_text_metadata("A single sentence that ends.\nAnd another one.")[0] is None
    assert plain_text_metadata("Only one line")[0] is None


def test_clean_item_uses_plain_text_metadata_but_input_fields_win():
    text = "Bridge reopens in Haditha\n\nHADITHA, 9 June 2020 (River Post) - The bridge reopened."
    doc = clean_item(RawItem(locator="t.txt", kind="text", body=text.encode()))
    assert (doc.title, doc.published) == ("Bridge reopens in Haditha", "2020-06-09")
    doc2 = clean_item(RawItem(locator="t.jsonl#line=1", kind="jsonl", body=text, title="Given title",
                              published="2020-06-10T08:00:00Z"))
    assert (doc2.title, doc2.published) == ("Given title", "2020-06-10")
