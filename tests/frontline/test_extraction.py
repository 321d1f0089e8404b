"""Claim extraction on real report sentences, with a small in-memory index (no database)."""

import datetime as dt
import json
from pathlib import Path

import pytest

from frontline.extraction import clean_input, dates_in, read_report
from gazetteer.geoparse import SimpleIndex, split_sentences
from tests.reader_places import P, index_of

CORPUS = Path(__file__).resolve().parents[1] / "data" / "reader_corpus" / "passages.jsonl"
PUBLISHED = dt.date(2019, 8, 13)  # a Tuesday


IDLIB = [  # OCHA COD 2015 points
    P(1, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"),
    P(2, "أم زيتونة", "Um Zaytuna", "village", 35.4582, 36.5692, "SY07"),
    P(3, "كفر عين", "Kafr Ein", "village", 35.4455, 36.5651, "SY07"),
    P(4, "خان شيخون", "Khan Shaykun", "town", 35.4431, 36.6453, "SY07"),
    P(5, "عابدين", "Abdin", "village", 35.4682, 36.5338, "SY07"),
    P(7, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"),
    P(8, "كباني", "Kabani", "village", 35.7139, 36.237, "SY06"),
]


@pytest.fixture(scope="module")
def index():
    names = {p.id: [p.name_ar] for p in IDLIB}
    names[8].append("الكبينة")  # the spelling of the seed article, as an editor adds it
    return SimpleIndex(IDLIB, names)


def claims_of(text, index, published=PUBLISHED):
    reading = read_report(text, published=published, index=index)
    return {(c.mention.surface, c.actor.bloc, c.change) for c in reading.claims}, reading


def test_opposition_report_of_government_captures_and_a_hold(index):
    text = (
        "وأشار إلى أن قوات الأسد والميليشيات المساندة لها وبغطاء جوي روسي تمكنت من السيطرة على بلدات "
        "“الهبيط وام زيتونة” جنوب إدلب، وبلدة “سكيك” شرق إدلب، فيما لم تحرز قوات النظام وروسيا أي تقدم "
        "على محور تلة “الكبينة” شرق اللاذقية خلال الأسبوعين الماضيين."
    )
    found, reading = claims_of(text, index)
    assert found == {
        ("الهبيط", "government", "captured"),
        ("ام زيتونة", "government", "captured"),
        ("سكيك", "government", "captured"),
        ("تلة الكبينة", "opposition", "held"),
    }
    claim = reading.claims[0]
    assert (claim.date_start, claim.date_end) == (dt.date(2019, 7, 30), PUBLISHED)
    assert claim.quote == text  # the sentence exactly as written


def test_recapture_and_repelled_advances_keep_the_subject_not_the_enemy_named_inside(index):
    text = (
        "بالمقابل استعادت فصائل الثورة عدداً من مواقعها التي احتلها النظام وحلفاؤه في الآونة الأخيرة، "
        "وتصدت لمحاولات تقدم المليشيات في شرق وغرب “خان شيخون” جنوبي ادلب. "
        "كما تمكنت الفصائل من استعادة السيطرة على “عابدين” ودمرت عدداً من المركبات في “كفر عين” بصواريخ."
    )
    found, _ = claims_of(text, index)
    assert found == {
        ("خان شيخون", "opposition", "held"),
        ("عابدين", "opposition", "recaptured"),
        ("كفر عين", "opposition", "attacked"),
    }


def test_an_attempt_to_take_a_place_is_not_a_capture(index):
    found, _ = claims_of(
        "إن روسيا وقوات النظام تحاول منذ 100 يوم وحتى اللحظة السيطرة على بلدة الهبيط.", index
    )
    assert found == set()


def test_a_government_outlet_liberates_what_others_say_it_captured(index):
    found, _ = claims_of(
        "وقالت سانا إن الجيش العربي السوري حرر بلدة الهبيط وقرية كفر عين بريف إدلب الجنوبي.", index
    )
    assert found == {("الهبيط", "government", "captured"), ("كفر عين", "government", "captured")}


def test_a_denied_capture_is_no_claim(index):
    found, _ = claims_of(
        "ونفى مصدر عسكري في المعارضة ما تم تداوله حول سيطرة قوات النظام على بلدة الهبيط.", index
    )
    assert found == set()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("سيطرت القوات اليوم على البلدة", (PUBLISHED, PUBLISHED)),
        ("سيطرت يوم أمس على بلدة النيرب", (dt.date(2019, 8, 12), dt.date(2019, 8, 12))),
        ("خلال الأسبوعين الماضيين", (dt.date(2019, 7, 30), PUBLISHED)),
        ("منذ بداية الشهر الجاري", (dt.date(2019, 8, 1), PUBLISHED)),
        ("صباح اليوم الاثنين", (dt.date(2019, 8, 12), dt.date(2019, 8, 12))),
        ("في 12 آب 2019", (dt.date(2019, 8, 12), dt.date(2019, 8, 12))),
        ("يوم 2019-08-10", (dt.date(2019, 8, 10), dt.date(2019, 8, 10))),
        ("بتاريخ 9/8/2019", (dt.date(2019, 8, 9), dt.date(2019, 8, 9))),
        ("بتاريخ 2019/08/09", (dt.date(2019, 8, 9), dt.date(2019, 8, 9))),
        # Al-Sharq 2012: "وأمس أكملت قوات الأسد انسحابها": a time word with its و.
        ("وأمس أكملت قوات الأسد انسحابها", (dt.date(2019, 8, 12), dt.date(2019, 8, 12))),
        ("واليوم سيطرت الفصائل على القرية", (PUBLISHED, PUBLISHED)),
        ("بتاريخ 9-8-2019", (dt.date(2019, 8, 9), dt.date(2019, 8, 9))),
        ("بتاريخ ٩.٨.٢٠١٩", (dt.date(2019, 8, 9), dt.date(2019, 8, 9))),
        ("الخميس 31 من تشرين الأول", (dt.date(2018, 10, 31), dt.date(2018, 10, 31))),
        ("في 5 أغسطس", (dt.date(2019, 8, 5), dt.date(2019, 8, 5))),
        ("منتصف الليلة الماضية", (dt.date(2019, 8, 12), PUBLISHED)),
        # Weekdays and words written with a final hamza (read normalised: الأربعاء -> الاربعا).
        ("مساء الأربعاء", (dt.date(2019, 8, 7), dt.date(2019, 8, 7))),
        ("يوم الثلاثاء", (PUBLISHED, PUBLISHED)),
        ("خلال الأيام الثلاثة الفائتة", (dt.date(2019, 8, 10), PUBLISHED)),
        # Days ago, ordinal days, a month or a year with no day (background told with its date).
        ("قبل يومين", (dt.date(2019, 8, 11), dt.date(2019, 8, 11))),
        ("قبل 3 أيام", (dt.date(2019, 8, 10), dt.date(2019, 8, 10))),
        ("قبل أسبوعين", (dt.date(2019, 7, 27), dt.date(2019, 8, 2))),
        ("في الخامس من آب/أغسطس", (dt.date(2019, 8, 5), dt.date(2019, 8, 5))),
        ("في الحادي والعشرين من أيلول 2016", (dt.date(2016, 9, 21), dt.date(2016, 9, 21))),
        ("في تموز الماضي", (dt.date(2019, 7, 1), dt.date(2019, 7, 31))),
        ("خلال شهر أيلول", (dt.date(2018, 9, 1), dt.date(2018, 9, 30))),
        ("أواخر تشرين الثاني 2017", (dt.date(2017, 11, 21), dt.date(2017, 11, 30))),
        ("في 2015", (dt.date(2015, 1, 1), dt.date(2015, 12, 31))),
        ("أواخر العام 2017", (dt.date(2017, 10, 1), dt.date(2017, 12, 31))),
        ("منذ عام 2012", (dt.date(2012, 1, 1), PUBLISHED)),
        ("في 22 الشهر الماضي", (dt.date(2019, 7, 22), dt.date(2019, 7, 22))),
        ("في الثاني من الشهر الجاري", (dt.date(2019, 8, 2), dt.date(2019, 8, 2))),
        ("قبل أمس", (dt.date(2019, 8, 11), dt.date(2019, 8, 11))),
        ("وسيطرت عليها قوات الأسد مطلع العام الحالي", (dt.date(2019, 1, 1), dt.date(2019, 3, 31))),
        ("خسرتها العام الماضي", (dt.date(2018, 1, 1), dt.date(2018, 12, 31))),
        ("في الشهر الماضي", (dt.date(2019, 7, 1), dt.date(2019, 7, 31))),
        ("انسحبت من النقاط التي سيطرت عليها قبل شهر من اليوم", (dt.date(2019, 7, 11), dt.date(2019, 7, 17))),
        # ("مارس" and "آب" are words too: a month alone needs its preposition; a year to come is no date)
        ("مارس الجيش ضغوطا على الفصائل", None),
        ("في 2030", None),
        ("وقال مصدر ميداني", None),
    ],
)
def test_dates_from_the_text_and_the_publication_date(phrase, expected):
    assert dates_in(phrase, PUBLISHED, None) == expected


def test_html_is_stripped_and_text_without_arabic_gives_no_claims(index):
    text, notes = clean_input("<html><script>x()</script><p>سيطرت قوات النظام على بلدة الهبيط</p></html>")
    assert text.strip() == "سيطرت قوات النظام على بلدة الهبيط"
    assert notes == ["HTML tags were removed; the text between them was kept."]
    reading = read_report("Government forces took the town.", published=PUBLISHED, index=index)
    assert reading.claims == [] and reading.notes == ["The text has no Arabic letters: nothing to read."]


def test_text_in_presentation_forms_is_read_as_letters(index):
    # The seed's first capture as a PDF copy gives it: letters in their contextual shapes (U+FExx).
    shaped = "ﺳﻴﻄﺮﺕ ﻗﻮﺍﺕ ﺍﻟﻨﻈﺎﻡ ﻋﻠﻰ ﺑﻠﺪﺓ ﺍﻟﻬﺒﻴﻂ"
    reading = read_report(shaped, published=PUBLISHED, index=index)
    assert reading.text == "سيطرت قوات النظام على بلدة الهبيط"
    assert {(c.mention.surface, c.actor.bloc, c.change) for c in reading.claims} == {
        ("الهبيط", "government", "captured")
    }
    assert reading.notes == ["Arabic letters written in their presentation forms were read as plain letters."]


def test_very_long_input_is_cut_and_said_so(index):
    reading = read_report("سيطرت قوات النظام على بلدة الهبيط. " * 40000, published=PUBLISHED, index=index)
    assert reading.notes[0].startswith(
        "The text is 1,400,000 characters long; only the first 200,000 were read."
    )


def test_the_annotated_corpus_with_its_own_places_reaches_the_claim_target():
    """Every corpus passage read against an index of its annotated places: the extraction layer alone."""
    from frontline.management.commands.evaluate_reader import Score, load_corpus, score_passage

    corpus = load_corpus(CORPUS)
    places, names = [], {}
    for passage in corpus:
        for m in passage["mentions"]:
            if m.get("place"):
                g = m["place"]
                pid = g["ocha"] or g["name_en"]
                if pid not in names:
                    places.append(P(pid, g["name_ar"], g["name_en"], "village", g["lat"], g["lon"], ""))
                    names[pid] = [g["name_ar"]]
                names[pid].append(m["surface"])
    index = SimpleIndex(places, names)
    mentions, claims, dates = Score(), Score(), Score()
    for passage in corpus:
        reading = read_report(
            passage["text"], published=dt.date.fromisoformat(passage["published"]), index=index
        )
        score_passage(passage, reading, mentions, claims, dates, [])
    assert len(corpus) >= 30
    print(mentions.line("mentions"), claims.line("claims"))
    # Regression floors a little under what the reader scores today; the full evaluation (against the
    # gazetteer, with homonyms) is `manage.py evaluate_reader`.
    assert mentions.f1 >= 0.75, mentions.line("mentions")
    assert claims.f1 >= 0.70, claims.line("claims")
    assert json.loads(CORPUS.read_text(encoding="utf-8").splitlines()[0])["reconstructed"] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A time after the verb is not a new clause.
        ("وقال مراسل إن قوات النظام سيطرت بعد منتصف ليلة الاثنين على قرى الهبيط وعابدين بريف إدلب الجنوبي.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        # A landmark after a direction word is not taken.
        ("وأشارت سانا إلى أن وحدات الجيش العربي السوري استعادت قريتي الهبيط وعابدين غربي مدينة خان شيخون.",
         {("الهبيط", "government", "recaptured"), ("عابدين", "government", "recaptured")}),
        # Reported speech: the subject is the side after أن, not the outlet's side before it.
        ("وذكرت مواقع معارضة أن “الجيش الوطني السوري” سيطر السبت على الهبيط وعابدين.",
         {("الهبيط", "sna", "captured"), ("عابدين", "sna", "captured")}),
        # Repelling an attack by a named side: the other side holds.
        ("وتدور اشتباكات عنيفة بين الطرفين لصد هجوم قوات النظام على مدينة خان شيخون.",
         {("خان شيخون", "opposition", "held")}),
        # A verb-first side is the subject; a side after a preposition is not.
        ("وأشار إلى أن قوات الثوار سيطرت على مواقع لحزب الله في بلدة الهبيط.",
         {("الهبيط", "opposition", "captured")}),
        # The place named before "عليها".
        ("وبدأت القوات الحكومية بالتقدم باتجاه قرية عابدين، وتمكنت من استعادة السيطرة عليها.",
         {("عابدين", "government", "recaptured")}),
        # The countryside a place lies in is not taken; factions fighting beside Turkey's army are the SNA.
        ("سيطر الجيش السوري الحر بالتعاون مع الجيش التركي، صباح اليوم السبت، على قرية الهبيط بريف خان شيخون.",
         {("الهبيط", "sna", "captured")}),
        # A part of a town taken is a (partial) capture of it; a district named as landmark is not.
        ("فرضت وحدات من الجيش السوري سيطرتها على الضاحية الجنوبية الشرقية لبلدة عابدين.",
         {("عابدين", "government", "captured")}),
        # A withdrawal written as a noun with its preposition.
        ("يأتي ذلك بعد ساعات من قيام قوات حكومية سورية بانسحاب “مفاجئ” من خان شيخون.",
         {("خان شيخون", "government", "withdrew")}),
        # A new subject after "في حين ... أن" (Deir ez-Zor 2017): not the side of the clause before.
        ("وكانت قسد قد أعلنت سيطرتها على قرية سكيك، في حين أكد مراسلنا أن تنظيم \"داعش\" ما زال يسيطر على قرى الهبيط وعابدين.",
         {("سكيك", "sdf", "captured"), ("الهبيط", "isis", "held"), ("عابدين", "isis", "held")}),
        # "its" control: the side named before the noun, not the enemy after ضد/مع (Hama 2013, Daraa 2018).
        ("ويأتي هذا اثر تطور ملحوظ للجيش الحر في معركته ضد النظام عقب سيطرته منذ 3 ايام على قريتي الهبيط وعابدين.",
         {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")}),
        ("بأن وحدات الجيش اشتبكت مع آخر تجمعات إرهابيي التنظيم في قرية سكيك، بعد سيطرتها على بلدة الهبيط وقرى عابدين.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured"), ("سكيك", "isis", "held")}),
        # A recapture verb far before its noun "السيطرة" (Aleppo 2016), and a direction word that ends
        # the name before is no landmark cue for the next.
        ("في حين استعاد التنظيم في عملية تسلل أمس الثلاثاء، السيطرة على قرى “الهبيط وعابدين”.",
         {("الهبيط", "isis", "recaptured"), ("عابدين", "isis", "recaptured")}),
        ("استطاع خلالها التنظيم استعادة السيطرة على قرى “تل عار شرقي وتل عار غربي وكدريش” جنوب بلدة الهبيط.",
         {("تل عار شرقي", "isis", "recaptured"), ("تل عار غربي", "isis", "recaptured"),
          ("كدريش", "isis", "recaptured")}),
        # Fled (Hibr Press 2019): a withdrawal; where fighters fled to is not what they left (Al-Kawthar 2020).
        ("وأكدت مصادر أن عناصر ميليشيا قسد فروا من مدينة “خان شيخون” أمام تقدم مقاتلي الجيش الوطني السوري.",
         {("خان شيخون", "sdf", "withdrew")}),
        ("حيث سيطرت وحدات الجيش على بلدة الهبيط بعد القضاء على مسلحين من تنظيم النصرة وفرار من بقي منهم باتجاه بلدات عابدين وسكيك.",
         {("الهبيط", "government", "captured")}),
        # The front the places lie on is no capture (Shaam 2018); a participle is (Al-Khabar 2020).
        ("أعلنت غرفة عمليات غصن الزيتون عن تمكنها من السيطرة على قريتي الهبيط وعابدين في محور سكيك.",
         {("الهبيط", "sna", "captured"), ("عابدين", "sna", "captured")}),
        ("وقالت مصادر إن “الجيش أحرز تقدماً جنوب غرب سراقب، محرراً قرى الهبيط وعابدين”.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        # A broken siege: the breaker holds, not the side that laid it (Al Jazeera 2017).
        ("أعلن جيش النظام السوري تمكنه من كسر حصار فرضه تنظيم الدولة بشكل محكم على مدينة خان شيخون.",
         {("خان شيخون", "government", "held")}),
        # The object of a verbal noun with ل (BBC 2016), but not a landmark after an adjective.
        ("أفاد ناشطون باستعادة الحكومة السورية والقوات الحليفة لها لبلدة الهبيط، جنوب شرقي سكيك.",
         {("الهبيط", "government", "recaptured")}),
        ("وتمكنت قوات النظام من السيطرة على قرية الهبيط الملاصقة لبلدة عابدين.",
         {("الهبيط", "government", "captured")}),
        # "Still holds" with the side between (Al-Ittihad 2014); the side just before a verbal noun (SPA 2016);
        # Turkey's army named before the factions with it (Al-Shaab 2018).
        ("ولا يزال النظام يسيطر على بلدتي الهبيط وعابدين.",
         {("الهبيط", "government", "held"), ("عابدين", "government", "held")}),
        ("وسمح الانهيار السريع لدفاعات النظام للمعارضة بالسيطرة ، أيضاً ، على سلسلة من القرى بينها \"الهبيط\" و \"عابدين\".",
         {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")}),
        ("وأعلنت رئاسة الأركان عن نجاح الجيش التركي بمشاركة الجيش السوري الحر ، بالسيطرة على مركز بلدة الهبيط.",
         {("الهبيط", "sna", "captured")}),
        # Shelling by a passive agent (Yemen Voice 2013); a base named after a town is not the town.
        ("في غضون ذلك، استمر القصف لبلدات الهبيط وعابدين وسكيك من قبل القوات الحكومية بحسب المعارضة.",
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked"), ("سكيك", "government", "attacked")}),
        ("وقال نشطاء إن مسلحي المعارضة سيطروا على قاعدة الهبيط الجوية بعد معارك استمرت اشهر.", set()),
        # "من بينها" a few words after its noun (Kiosque Info 2024); returning to a place (Al-Dar 2012).
        ("على صعيد متصل، سيطر المسلحون على قرى جنوب غرب سكيك، من بينها الهبيط وعابدين.",
         {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")}),
        ("وأكدت مصادر أن الجيش الحر عاد اليوم الجمعة إلى بلدة الهبيط بعد انسحاب تكتيكي.",
         {("الهبيط", "opposition", "recaptured"), ("الهبيط", "opposition", "withdrew")}),  # (the earlier withdrawal)
        # A second verb joined by و keeps the subject, not the side it encircles (SANA 2017).
        ("وحدات الجيش استعادت السيطرة على بلدة الهبيط وطوقت إرهابيي (داعش) في مدينة خان شيخون",
         {("الهبيط", "government", "recaptured"), ("خان شيخون", "government", "attacked"),
          ("خان شيخون", "isis", "held")}),
        # The side between تمكنت and its noun; "تحرير هذا الخبر" is the time of writing (Hibr Press 2019).
        ("وحتى ساعة تحرير هذا الخبر تمكنت قوات الجيش الوطني من السيطرة على قرية “الهبيط” بريف مدينة “سكيك”.",
         {("الهبيط", "sna", "captured")}),
        # A side of town in brackets belongs to the item before, not the next (Al-Jazirah 2017).
        ("كما سيطرت قسد على أجزاء من أحياء أخرى بينها الهبيط (غرب) وعابدين (شرق).",
         {("الهبيط", "sdf", "captured"), ("عابدين", "sdf", "captured")}),
        # In someone's hands (Rudaw via Xwebûn 2022), fallen into them (Elfagr 2018), formerly in them (Enab 2019).
        ("وتهدد أنقرة بشن عملية عسكرية جديدة على مدينتي الهبيط وسكيك السوريتين، اللتان تقعان منذ 2016 بيد قوات سوريا الديمقراطية.",
         {("الهبيط", "sdf", "held"), ("سكيك", "sdf", "held")}),
        ("وسقطت آخر تجمعات تنظيم داعش الإرهابي في قرية الهبيط بأيدي وحدات من الجيش العربي السوري.",
         {("الهبيط", "government", "captured")}),
        ("إن مقاتليه سيطروا على قرى جديدة في محور سكيك، كانت بيد الوحدات الكردية.", set()),
        # SANA: attacks on named villages, the target after على; the government's failed storming (SMART 2017).
        ("واعتدى إرهابيون يتحصنون في خان شيخون بالصواريخ على قريتي الهبيط وعابدين.",
         {("الهبيط", "opposition", "attacked"), ("عابدين", "opposition", "attacked")}),
        ("فشلت قوات النظام السوري، الاثنين، باقتحام بلدة الهبيط وسط قصف مدفعي عنيف.",
         {("الهبيط", "government", "attacked")}),
        # A new subject after بينما, with a verbal noun and its ب (Akhbar al-Aan 2013).
        ("وواصل الثوار محاصرة اللواء 61 في بلدة الهبيط، بينما تستمر قوات النظام بقصف بلدات عابدين وسكيك.",
         {("عابدين", "government", "attacked"), ("سكيك", "government", "attacked")}),  # (the siege is of a base)
        # Advanced into named places, then the government left its posts (Al-Seyassah 2024).
        ("وكانت الفصائل المحلية قد تقدمت في عشرات البلدات والقرى، من بينها بلدة الهبيط ومدينة خان شيخون، بعد انسحاب قوات الجيش السوري من الحواجز والمقرات العسكرية.",
         {("الهبيط", "opposition", "captured"), ("خان شيخون", "opposition", "captured")}),
        # RT via Al-Thawra 2019: one recapture, an encirclement, a capture the recapture paved the way for.
        ("جاء دخول الجيش السوري بعد استعادة سيطرتها على تل ترعي، ما أدى إلى إكمال الطوق على بلدات سكيك وعابدين.",
         {("تل ترعي", "government", "recaptured"), ("سكيك", "government", "attacked"), ("عابدين", "government", "attacked")}),
        ("إذ استعاد الجيش السوري بلدة سكيك، ما مهد للسيطرة على الهبيط وكفر عين في ريف إدلب الجنوبي.",
         {("سكيك", "government", "recaptured"), ("الهبيط", "government", "captured"), ("كفر عين", "government", "captured")}),
        # A verb and its preposition typed without a space (Anadolu 2012: "سيطرعلى").
        ("لكن الجيش الحر سيطرعلى المدينة القديمة، وأحياء الهبيط، وعابدين، الواقعة وسط المدينة.",
         {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")}),
        # A storming repelled and an attempt with a possessive (Al-Souria 2016); a recapture whose noun comes
        # after the side and its allies (Asharq Al-Awsat 2014).
        ("خلال محاولتهم مساء أمس اقتحام قريتي الهبيط وعابدين في ريف إدلب.", set()),
        ("وقال إن فصائل المعارضة تمكنت من صدّ الهجوم البري الذي نفذته قوات النظام في اقتحام القريتين (الهبيط وعابدين).",
         {("الهبيط", "opposition", "held"), ("عابدين", "opposition", "held")}),
        ("واستعاد النظام، مدعوما بمقاتلين من حزب الله اللبناني، أمس، سيطرته على بلدتي الهبيط وعابدين.",
         {("الهبيط", "government", "recaptured"), ("عابدين", "government", "recaptured")}),
        # Expulsion of a side written long (Sputnik 2016); an incursion (Syria TV 2018); shelling in the
        # passive with its agent (North Press 2020), and without one (Orient 2016).
        ("وطرد الجيش مسلحي تنظيمات \"جبهة النصرة\" و\"أحرار الشام\"، من قرى الهبيط، وعابدين.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured"),
          ("الهبيط", "opposition", "withdrew"), ("عابدين", "opposition", "withdrew")}),
        ("وكان عناصر تنظيم الدولة قد تسللوا إلى قرى الهبيط وعابدين في ريف إدلب.",
         {("الهبيط", "isis", "attacked"), ("عابدين", "isis", "attacked")}),
        ("كما تعرضت مناطق في بلدة الهبيط لقصفٍ من قبل قوات الحكومة السورية.", {("الهبيط", "government", "attacked")}),
        ("تعرضت مناطق في ريف إدلب لقصفٍ من الطيران الحربي الروسي في بلدة عابدين.", {("عابدين", "government", "attacked")}),
        # (no attacker named: only the hold of the side whose positions were struck, as blind32's rule says)
        ("تعرضت مواقع قوات الأسد في بلدة الهبيط لقصف بقذائف المدفعية.", {("الهبيط", "government", "held")}),
        # Zones a side holds, "especially" a place named after them (Veto via DW 2014).
        ('شن الطيران الحربي السوري لليوم الثاني، غارات جوية على مناطق يسيطر عليها تنظيم "الدولة الإسلامية" في شمال سوريا لاسيما مدينة خان شيخون.',
         {("خان شيخون", "government", "attacked"), ("خان شيخون", "isis", "held")}),
        # Districts "held by" a side, named after the zone, are all its holds (Micro Syria 2016).
        ("وعاودت طائرات النظام شن غارات جوية على أحياء المدينة الخاضعة لسيطرة التنظيم، ليستهدف الطيران أحياء الهبيط وعابدين وسكيك.",
         {(p, "government", "attacked") for p in ("الهبيط", "عابدين", "سكيك")} | {(p, "isis", "held") for p in ("الهبيط", "عابدين", "سكيك")}),
        # An attempt "to take them" after fighting around villages is an attack on them (Al Jazeera 2014) ...
        ("وقد بدأ الاقتتال منذ أيام عدة في محيط قرى الهبيط وعابدين وسكيك، في محاولة من التنظيم للسيطرة عليها.",
         {("الهبيط", "isis", "attacked"), ("عابدين", "isis", "attacked"), ("سكيك", "isis", "attacked")}),
        # ... but "it" (masculine) is the road the sentence names, not the places (SOHR 2015).
        ("تمكنت قوات النظام من السيطرة على بلدتي الهبيط وعابدين، وتقترب من الطريق الدولي الذي تسعى للسيطرة عليه.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        # Forces "neutralising" the remnants out of towns took them (Al-Lahtha via SANA 2025).
        ("وأشار إلى أن قوات وزارة الدفاع تمكنت من تحييد الخلايا الأمنية وفلول النظام البائد من بلدة الهبيط وبلدة عابدين.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        # A village named "the overlooking" (المشرفة) in a list is no vantage word for the items after it (Yeni
        # Şafak 2024).
        ("وفي هذا الإطار، سيطرت قوات المعارضة على قرى: المشرفة، وتلول الحمر، والهبيط، وعابدين.",
         {("المشرفة", "opposition", "captured"), ("تلول الحمر", "opposition", "captured"),
          ("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")}),
        # Positions "belonging to" a side in a place are its hold (Akhbar al-Aan 2024).
        ("كما ارتفع إلى 6 عدد قتلى قوات النظام في هجوم نفذه عناصر من تنظيم داعش على مقرات تابعة لقوات النظام في قرية الهبيط.",
         {("الهبيط", "government", "held")}),
        # Positions retaken "in the area of" a place are that place's (Al-Azmenah 2016, Radio al-Kul 2016) ...
        ("قال مصدر عسكري في الجيش السوري إن الجيش استعاد النقاط التي خسرها في منطقة الهبيط بعد عملية تسلل.",
         {("الهبيط", "government", "recaptured")}),
        # ... not the area villages named before lie in.
        ("سيطرت قوات النظام على قريتي عابدين وسكيك في منطقة الهبيط.",
         {("عابدين", "government", "captured"), ("سكيك", "government", "captured")}),
        # Preparatory fire in the accusative ("تمهيدا مدفعيا مكثفا", Rozana 2019).
        ("وبدأت قوات النظام تمهيدا ناريا مكثفا على بلدتي الهبيط وعابدين.",
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}),
        # Fire opened on places (El-Mwatin 2017) ...
        ("وأضاف أن قوات النظام استخدمت نيران رشاشاتها الثقيلة أيضا على مناطق في بلدات ومدن الهبيط وعابدين، ما تسبب بإصابة امرأة.",
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}),
        # ... not an advance "under fire".
        ("وتقدم الجيش تحت نيران المسلحين على محور الهبيط.", set()),
        # Shells "rained" on places (Hawar 2020).
        ('وأمطرت قوات الاحتلال التركي ومرتزقتها مساء يوم أمس، سماء قرى "الهبيط، عابدين، سكيك" وسقطت أكثر من مئة قذيفة مدفعية.',
         {("الهبيط", "sna", "attacked"), ("عابدين", "sna", "attacked"), ("سكيك", "sna", "attacked")}),
        # ... however long the lists between the verb and the shelling (North Press 2022).
        ("وتعرّضت قرى: الهبيط، كولتب، كوران، وجيشان؛ شرقي مدينة كوباني، وقرى: مزرة عبروش، وتل شعير، وسكيك؛ غربي كوباني، لقصفٍ عنيف من الجانب التركي بالمدفعية والهاون.",
         {(p, "sna", "attacked") for p in ("الهبيط", "كولتب", "كوران", "جيشان", "مزرة عبروش", "تل شعير", "سكيك")}),
        # "قوات الجيش السوري الحر" is the FSA, not "قوات الجيش السوري" + a word (Anadolu 2017); holds stated by
        # "تخضع لسيطرة" after a relative and "الخاضعة لسيطرة" before the place (Enab Baladi 2017, Geiroon 2016).
        ("وتمكنت قوات الجيش السوري الحر من السيطرة على عدة أماكن في حي الهبيط.", {("الهبيط", "opposition", "captured")}),
        ("ويقع التل بين منطقتي الهبيط وعابدين، اللتين تخضعان لسيطرة قوات الأسد حاليًا.",
         {("الهبيط", "government", "held"), ("عابدين", "government", "held")}),
        ("شنت الوحدات الكردية هجومًا ضخمًا للسيطرة على آخر المواقع الخاضعة لسيطرة النظام في مدينة خان شيخون.",
         {("خان شيخون", "sdf", "attacked"), ("خان شيخون", "government", "held")}),
        # A junction's road and a future state are no claims (Anadolu 2017, Zaman al-Wasl 2019).
        ("وجنوبي المدينة سيطر الجيش الحر على بلدة الهبيط، ووصل إلى مفرق المؤدي إلى مدينة سكيك.",
         {("الهبيط", "opposition", "captured")}),
        ("وأضاف أن قريتي الهبيط وعابدين ستكون بحكم الساقطتين نارياً بيد قوات النظام.", set()),
        # "Now under control" after the report's capture (Ansarollah 2016), and a list on the line after
        # "من بينها:" (Step News 2024).
        ("إستعاد الجيش السوري وحلفاؤه السيطرة على كامل القسم الشمالي من الأحياء الشرقية. وباتت أحياء الهبيط وعابدين تحت السيطرة.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        ("أعلنت قوى المعارضة فرض سيطرتها على عدة قرى وبلدات في ريف إدلب الشرقي، من بينها:\nقرى “الهبيط”، “عابدين”، و”سكيك”.",
         {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured"), ("سكيك", "opposition", "captured")}),
        # Fled "from it" in a relative clause: the place the clause is about, and the side after the count
        # (Al-Watan 2016).
        ("ومن ثم السيطرة على قرى «الهبيط وعابدين»، ومن ثم الدخول إلى سكيك التي فرَّ منها أعداد كبيرة من عناصر داعش.",
         {("سكيك", "isis", "withdrew")}),  # (no side is named for the captures in this sentence alone)
        # The side after a target noun is the target (Shaam Times 2018); Khalid ibn al-Walid Army is IS's.
        ("بدأ الجيش السوري عملية عسكرية. المصدر أضاف أن قوات المدفعية استهدفت مواقع ارهابيي تنظيم داعش في بلدة الهبيط.",
         {("الهبيط", "government", "attacked"), ("الهبيط", "isis", "held")}),
        ("وقال الناطق إن \"جيش خالد\" سيطر على قرية الهبيط ليلا.", {("الهبيط", "isis", "captured")}),
        # Government outlets: "تم القضاء على مجموعات إرهابية في قرى X" (Al-Baath 2014); the side before an attack
        # word is the attacker, the one after it the target (Al-Alam 2024).
        ("أحبطت قوات الجيش العربي السوري محاولة إرهابيين الاعتداء على مطار سكيك. وصرح مصدر عسكري أنه تم القضاء على مجموعات إرهابية في قرى وبلدات الهبيط وعابدين.",
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}),
        ("وبين أن الجيش السوري استهدف أيضا المسلحين في الهبيط، كما قام الجيش باستهداف المسلحين في كل من عابدين وسكيك.",
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked"), ("سكيك", "government", "attacked")}),
        # A side named as the one killed is not the subject (Tasnim 2017).
        ("أحرز الجيش السوري تقدما جديدا في ريف إدلب. العمليات أسفرت عن مقتل عشرات المسلحين وبسط السيطرة على بلدات (الهبيط وعابدين).",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        # Names each side's outlets use for the others (Enab Baladi, Hawar, SANA, SOHR).
        ("وسيطرت فرقة الحمزة على قرية الهبيط.", {("الهبيط", "sna", "captured")}),
        ("وسيطرت فرقة المعتصم على قرية الهبيط.", {("الهبيط", "sna", "captured")}),
        ("وسيطر فصيل أنصار التوحيد على قرية الهبيط.", {("الهبيط", "opposition", "captured")}),
        ("وتمكنت الأسايش من استعادة قرية الهبيط.", {("الهبيط", "sdf", "recaptured")}),
        ("وقتل عدد من الدواعش بعد أن سيطر الدواعش على بلدة الهبيط.", {("الهبيط", "isis", "captured")}),
        ("وسيطرت غرفة عمليات ردع العدوان على مدينة خان شيخون.", {("خان شيخون", "opposition", "captured")}),
        ("وتقدمت القوات الموالية للنظام وسيطرت على قرية عابدين.", {("عابدين", "government", "captured")}),
        # A capture that failed is none (Shahba News 2014: "after IS failed to take Ayn al-Arab").
        ("وذلك عقب تعذر سيطرة التنظيم على مدينة خان شيخون خلال الأسابيع الماضية.", set()),
        ("عجزت هيئة تحرير الشام عن السيطرة على بلدة سكيك.", set()),
        # Reaching a town's edge after taking others is not taking it (Al-Manar 2018, Syria News 2018).
        ("تظهر سيطرة الجيش السوري على بلدة الهبيط جنوب بلدة عابدين ووصوله إلى أطراف بلدة سكيك بعد مواجهات.",
         {("الهبيط", "government", "captured")}),
        ("تمكنت قوات النظام من استعادة السيطرة على بلدتي الهبيط وعابدين، ليصبح على مشارف خان شيخون.",
         {("الهبيط", "government", "recaptured"), ("عابدين", "government", "recaptured")}),
        # A deployment joined by و to the subject's advance (Al-Thawra 2019, quoting SANA).
        ("وذكر مراسل سانا أن وحدات من الجيش تقدمت من محور خان شيخون باتجاه الحدود وانتشرت في قرى «الهبيط و عابدين».",
         {("الهبيط", "government", "held"), ("عابدين", "government", "held")}),
        # A Kurdish commander's "our units": the side he speaks for; a verb, its pronoun object, then its
        # subject; Hawar's "mercenaries" are the factions (Rihab News 2015, Hawar 2019).
        ("وأفاد قيادي في وحدات حماية الشعب الكردية أن الليلة الماضية شنت المرتزقة هجماتها على قريتي الهبيط وعابدين تصدت لهم وحداتنا وأسرت 4 مرتزقة.",
         {("الهبيط", "opposition", "attacked"), ("عابدين", "opposition", "attacked"),
          ("الهبيط", "sdf", "held"), ("عابدين", "sdf", "held")}),
        ("وأوضح المرصد أن المرتزقة انسحبوا من المواقع التي تقدموا إليها في سكيك، حيث لا يزالون يسيطرون على الهبيط وعابدين.",
         {("سكيك", "opposition", "withdrew"), ("الهبيط", "opposition", "held"), ("عابدين", "opposition", "held")}),
        # ... but what they "were still holding" before a change is the state before it (Naharnet 2013; the
        # storming alone is an attack, the passage's other sentences tell the capture).
        ("اقتحمت قوات النظام السوري الخميس بلدة الهبيط التي كان مقاتلون معارضون لا يزالون يسيطرون على اجزاء كبيرة منها.",
         {("الهبيط", "government", "attacked")}),
        # Present control in a contrast clause is a hold (Al-Azmenah 2018).
        ("سيطر الجيش العربي السوري على القسم الغربي من الهبيط، بينما يسيطر تنظيم داعش الإرهابي على منطقة عابدين.",
         {("الهبيط", "government", "captured"), ("عابدين", "isis", "held")}),
        # ... and so is present control after "في حين", or reported after its subject (Erem News 2014).
        ('وبحسب مصادر إعلامية في درعا، فإن فصائل المعارضة "تسيطر على بلدة عابدين، في حين تسيطر قوات النظام على الهبيط".',
         {("عابدين", "opposition", "held"), ("الهبيط", "government", "held")}),
        # An axis named for a place is a front line: fire on it is no attack on the place (Deyar al-Nagab 2021,
        # Tasnim 2017) — but no advance on it is still the defender's hold (the seed article).
        ("إن قوات النظام السوري جددت صباح اليوم قصفها المدفعي مستهدفة محور كل من الهبيط وعابدين، ما أدى إلى إصابة امرأة.",
         set()),
        ("بدأ الجيش السوري بالقصف الناري المكثف باتجاه محاور بلدة سكيك تمهيدا لاقتحام بلدات جديدة.", set()),
        # ... but the list goes on after the axis item (Al-Houkoul 2017: the hills retaken besides it).
        ("وقالت المصادر إن فصائل المعارضة سيطرت صباح أمس على نقطة الدلافة على محور خان شيخون، وتلة الهبيط وتلة عابدين الواقعة شمال البلدة.",
         {("تلة الهبيط", "opposition", "captured"), ("تلة عابدين", "opposition", "captured")}),
        ("فيما لم تحرز قوات النظام وروسيا أي تقدم على محور تلة “الكبينة” شرق اللاذقية.",
         {("تلة الكبينة", "opposition", "held")}),
        # The side after a verb of ability far before the change it leads to (Al-Yaum TV 2019).
        ("بعد معارك عنيفة مع الفصائل المسلحة وهيئة تحرير الشام الإرهابية، تمكنت قوات النظام السوري تحت غطاء من القصف الجوي والبري المكثف، من دخول مدينة خان شيخون الواقعة بريف إدلب الجنوبي.",
         {("خان شيخون", "government", "captured")}),
        # Verbal nouns of a capture with their pronoun or ب (Al-Watan 2018, Shahba Press 2016).
        ("حقق الجيش العربي السوري المزيد من التقدم ببسط سيطرته على قرية الهبيط، وسط أنباء عن دخوله بلدة عابدين والبدء بتثبيت نقاطه فيها.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
        ("عملية درع الفرات التي أطلقها الجيش السوري الحر افتتحت بتحرير مدينة سكيك من أيدي تنظيم داعش.",
         {("سكيك", "sna", "captured"), ("سكيك", "isis", "withdrew")}),
        # The villages "it took" listed after هي, by the side the report tells of (Al-Muharrar 2019).
        ("وقال الجيش الوطني إن مقاتليه سيطروا على قرى جديدة. وأوضح أنّ القرى الجديدة التي سيطر عليها بريف خان شيخون هي، الهبيط، عابدين، وسكيك.",
         {("الهبيط", "sna", "captured"), ("عابدين", "sna", "captured"), ("سكيك", "sna", "captured")}),
        # "Closest to" is no destination (the Syrian Memory Archive, 2024).
        ("وتبع ذلك انسحاب قوات النظام من المناطق الأقرب إلى خان شيخون، في الهبيط وعابدين، وتزامنت الانسحابات مع خروج الأهالي.",
         {("الهبيط", "government", "withdrew"), ("عابدين", "government", "withdrew")}),
        # A side besieged in a place holds it (Shia Waves 2016, a faction of Daraya by its name) ...
        ("وأعلنت ميليشيات “شهداء الإسلام” المحاصرة في مدينة “الهبيط” عن تفجير مبنى.",
         {("الهبيط", "opposition", "held")}),
        # ... but districts besieged in a city are no side (Al-Watan (Saudi) 2016).
        ("شنت طائرات تابعة لنظام بشار الأسد غارات كثيفة على الأحياء الشرقية المحاصرة في مدينة خان شيخون.",
         {("خان شيخون", "government", "attacked")}),
        # A withdrawal "from the town" (the city) is from the one the sentence named so (Syrian Mirror 2017, Khabar 24
        # 2024) ...
        ("سيطرت قوات النظام والميليشيات الموالية لها اليوم الأحد على بلدة الهبيط جنوب مدينة خان شيخون بعد انسحاب عناصر تنظيم الدولة من البلدة دون قتال.",
         {("الهبيط", "government", "captured"), ("الهبيط", "isis", "withdrew")}),
        ("أعلنت المعارضة السورية دخول عناصرها مدينة خان شيخون، فيما أعلن الجيش السوري سحب قواته من المدينة لإعادة الانتشار والتموضع خارجها.",
         {("خان شيخون", "opposition", "captured"), ("خان شيخون", "government", "withdrew")}),
        # ... not the town a retreat went to part of (Al-Araby Al-Jadeed 2018).
        ("وسيطرت قوات سوريا الديمقراطية على حي الحوامة في بلدة الهبيط، وتراجع التنظيم نحو القسم الشرقي من البلدة.",
         {("الحوامة", "sdf", "captured")}),
        # A side that took places "for hours before withdrawing from them" took and left them (Shaam 2017).
        ("وأكد ناشطون أن التنظيم تمكن من السيطرة على أحياء واسعة من قرية الهبيط وقرية عابدين لساعات قبل الإنسحاب منها حيث تمكن عناصر قوات الأسد مدعومة بميليشيات الدفاع الوطني والشبيحة من استعادة السيطرة على كامل القرى التي تقدم إليها التنظيم.",
         {("الهبيط", "isis", "captured"), ("عابدين", "isis", "captured"),
          ("الهبيط", "isis", "withdrew"), ("عابدين", "isis", "withdrew")}),
        # The withdrawal a capture followed left the places taken, wherever the side went (Radio al-Kul 2016) ...
        ("استعادت قوات النظام السيطرة على مدينة خان شيخون، إثر انسحاب عناصر تنظيم داعش وآلياتهم نحو مدينة سكيك.",
         {("خان شيخون", "government", "recaptured"), ("خان شيخون", "isis", "withdrew")}),
        # ... and a withdrawal "from it" after an advance is from the place named before, not the city it lies
        # by (Enab Baladi 2018).
        ("بدأت قوات الأسد بالتقدم باتجاه بلدة الهبيط شرق سكيك، عقب انسحاب مقاتلي فصيل “فيلق الرحمن” منها.",
         {("الهبيط", "opposition", "withdrew")}),
        # A passive shelling ("للقصف", ل eating the article) is of the places before it, not of those the
        # sentence names after its agent (Al-Watan (Saudi) 2012, quoting SOHR).
        ('إلى ذلك تتعرض بلدات الهبيط وعابدين "للقصف من قبل القوات النظامية بينا دارت اشتباكات بين القوات النظامية ومقاتلين من عدة كتائب مقاتلة في محيط سكيك.',
         {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}),
        ("سيطرت كتائب مقاتلة على بلدة الهبيط، وقالت فصائل معارضة إنها قصفت سكيك.",
         {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "attacked")}),
        # A side's own words in the first person (Center Sweden 2024, quoting Al Jazeera).
        ("أعلنت الفصائل السورية المسلحة، بحسب ما نقلت قناة الجزيرة عنها، “أننا سيطرنا على مدينة خان شيخون بريف إدلب”.",
         {("خان شيخون", "opposition", "captured")}),
        # SANA's formula with the side's long name between the verb and "الأمن" (Latakia 2016).
        ("أعادت وحدات من الجيش السوري والقوات المسلحة، بالتعاون مع مجموعات الدفاع الشعبي الأمن والاستقرار، إلى قريتي الهبيط وعابدين.",
         {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")}),
    ],
)  # fmt: skip
def test_general_clause_rules(index, text, expected):
    found, _ = claims_of(text, index)
    assert found == expected


def test_a_hill_named_by_its_alias_with_its_governorate_in_the_sentence(index):
    text = (
        "تمكنت قوات الأسد من السيطرة على بلدات “الهبيط وام زيتونة” جنوب إدلب، وبلدة “سكيك” شرق إدلب وخان شيخون.\n"
        "وقال: “إن روسيا وقوات النظام تحاول السيطرة على مدن وبلدات ريفي حماة وإدلب وتلة الكبينة بريف اللاذقية الشرقي”."
    )
    _claims, reading = claims_of(text, index)
    kabani = [m for m in reading.geo.mentions if m.surface == "تلة الكبينة"]
    assert kabani and kabani[0].place.name_en == "Kabani"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side that still holds places (NSO 2017).
        (
            'في حين أكد مراسلنا أن تنظيم "داعش" ما زال يسيطر على قرى ومناطق الشعفة وهجين.',
            {("الشعفة", "isis", "held"), ("هجين", "isis", "held")},
        ),
        # Who held a place before is no change (Rebaz News quoting SANA 2019).
        (
            'وأوضحت وكالة سانا أن جيش النظام السوري استعاد قرية "أم شعيفة" في ريف الحسكة، كان يسيطر عليها الجيش التركي ومسلحون سوريون موالون له.',
            {("أم شعيفة", "government", "recaptured")},
        ),
        # A place named as a landmark near the one taken (al-Khabar 2020).
        (
            "وحرر الجيش العربي السوري صباح يوم الأحد أيضاً قرية زيتان، بالريف ذاته، ليصبح بذلك على مقربة من بلدة الزربة.",
            {("زيتان", "government", "captured")},
        ),
        # Factions in a Turkish operation are the SNA (Shaam Network 2018).
        (
            "وكانت فصائل الجيش الحر يوم أمس قد تمكنت من السيطرة على قرية بعدنلي، ضمن عملية غصن الزيتون.",
            {("بعدنلي", "sna", "captured")},
        ),
        # Government wording: the state's own name for itself (Jawlany/BBC 2016).
        (
            "أفاد ناشطون باستعادة الحكومة السورية والقوات الحليفة لها لبلدة دير العصافير.",
            {("دير العصافير", "government", "recaptured")},  # "لبلدة" is the verbal noun's object
        ),
    ],
)
def test_changes_and_sides_as_each_outlet_writes_them(index, text, expected):
    claims, _reading = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A relative clause states who holds the place named just before it (SPA 2012).
        (
            "انسحبت القوات النظامية السورية اليوم من محيط مدينة سراقب شمال غرب سوريا التي تسيطر عليها المعارضة.",
            {("سراقب", "government", "withdrew"), ("سراقب", "opposition", "held")},
        ),
        # ... unless the same sentence says another side took it: the hold was the state before (Rawafed 2017).
        (
            'إن "قوات النجباء، اقتحمت مساء اليوم، قرية (ام اميال) الواقعة في ريف حلب السورية، التي يسيطر عليها عناصر تنظيم داعش، ونجحوا بعد ذلك بالسيطرة عليها".',
            {("ام اميال", "government", "captured")},
        ),
        # An expulsion: the subject takes the place, the expelled side loses it (AFP 2018).
        (
            'تمكنت قوات سوريا الديموقراطية وبدعم من التحالف الدولي بقيادة واشنطن، من طرد "داعش" من هجين" في الجيب الواقع في ريف دير الزور الشرقي.',
            {("هجين", "sdf", "captured"), ("هجين", "isis", "withdrew")},
        ),
        # Taken "from the grip of" a side: that side lost it (Qasioun 2016).
        (
            "كما تمكن مقاتلو المعارضة من السيطرة على قرية تل بطال من قبضة التنظيم.",
            {("تل بطال", "opposition", "captured"), ("تل بطال", "isis", "withdrew")},
        ),
        # An advance pushed back: the defenders hold its targets, the starting villages are the attacker's
        # (SMART 2015).
        (
            "وكانت حاولت قوات النظام في السادس عشر من الشهر الجاري مستفيدة من الغطاء الجوي الذي تؤمنه الطائرات الروسية التقدم من قرية “بريديج” وقرية “المغير” التي تسيطر عليها قوات النظام إلى قرية “الشنابرة” و “تل عثمان” في ريف حماة الشمالي، ودارت اشتباكات عنيفة بين كتائب الثوار والقوات المهاجمة، تمكنت إثرها كتائب الثوار من قتل العديد من عناصر النظام وإجبارهم على التراجع.",
            {
                ("بريديج", "government", "held"),
                ("المغير", "government", "held"),
                ("الشنابرة", "opposition", "held"),
                ("تل عثمان", "opposition", "held"),
            },
        ),
        # عاودت السيطرة = retook (Alamat 2016).
        (
            "لكن سرعان ما عاودت المعارضة السيطرة على قرية كفين.",
            {("كفين", "opposition", "recaptured")},
        ),
        # What a relative clause after the taken place names is a landmark (Alamat 2016).
        (
            "وفي سياق متصل استطاعت قوات “سورية الديموقراطية” وقوات “الحماية الكردية” السيطرة ليلة أمس على بلدة دير جمال والتي تبعد عن قريتي نبل والزهراء حوالي 5 كم.",
            {("دير جمال", "sdf", "captured")},
        ),
        # SANA's wording, with the army named at length before "the security" (al-Baath 2016).
        (
            "وأعادت وحدات من الجيش والقوات المسلحة أمس الأمن والاستقرار إلى بلدة خناصر بريف حلب الجنوبي الشرقي بعد القضاء على آخر تجمعات إرهابيي تنظيم “داعش” فيها.",
            {("خناصر", "government", "captured")},
        ),
    ],
)
def test_from_and_to_sides_of_a_change(text, expected):
    places = [*IDLIB, P(20, "هجين", "Hajin", "town", 34.6926, 40.8256, "SY09")]  # OCHA C5175
    claims, _reading = claims_of(text, SimpleIndex(places, {p.id: [p.name_ar] for p in places}))
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وحدات" alone is the units of the side named after it, not the YPG (Shaam Times 2018).
        (
            "واصلت وحدات المشاة في الجيش السوري زحفها وسيطرت على بلدات الهبيط وسكيك.",
            {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")},
        ),
        # "الوحدات" after the army's units refers back to them (al-Kawthar 2020).
        (
            "أفاد مصدر أن وحدات الجيش تحرز تقدما حيث سيطرت الوحدات على بلدة سكيك.",
            {("سكيك", "government", "captured")},
        ),
        # "الوحدات" alone in a Kurdish context is still the YPG.
        ("سيطرت الوحدات الكردية على قرية سكيك.", {("سكيك", "sdf", "captured")}),
    ],
)
def test_units_belong_to_the_side_named_with_them(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_related_headlines_pasted_with_a_page_are_not_read_and_offsets_still_fit(index):
    text = "سيطرت قوات النظام على بلدة الهبيط.\nاقرأ أيضاً: قسد تسيطر على قرية عابدين\nشاهد المواطنون القصف على سكيك."
    found, reading = claims_of(text, index)
    assert ("عابدين", "sdf", "captured") not in found
    assert ("الهبيط", "government", "captured") in found
    for m in reading.geo.mentions:
        assert text[m.start : m.end] == m.surface  # every offset points into the text as given


CAPITAL_PLACES = [
    (P(995, "دمشق", "Damascus", "city", 33.5102, 36.29128, "SY01"), ["دمشق"]),
    (P(997, "كناكر", "Kanaker", "town", 33.2611, 36.0897, "SY03"), ["كناكر"]),
    (P(1000, "دير ماكر", "Deir Maker", "village", 33.22, 36.06, "SY03"), ["دير ماكر"]),
    (P(1001, "الاشعري", "Ash'ari", "village", 33.53, 36.38, "SY03"), ["الاشعري"]),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kiosque Info 2024: the capital frames the villages taken.
        (
            "سيطر المسلحون على قرى جنوب غرب دمشق، من بينها كناكر ودير ماكر.",
            {("كناكر", "opposition", "captured"), ("دير ماكر", "opposition", "captured")},
        ),
        # Al-Araby 2018: "the areas south of the capital" are not the capital.
        ("أعلن النظام السوري السيطرة على المناطق الواقعة جنوبي العاصمة دمشق بالكامل.", set()),
        # Al-Waght 2018: "الغوطة الشرقية لدمشق" is the region of the capital, not the capital.
        (
            "سيطر الجيش السوري على أكثر من نصف مساحة الغوطة الشرقية لدمشق بعد استعادة بلدة الاشعري.",
            {("الاشعري", "government", "recaptured")},
        ),
        # Rassd 2024: the capital taken on its own is a claim.
        ("وأعلنت فصائل المعارضة السيطرة على العاصمة دمشق.", {("دمشق", "opposition", "captured")}),
    ],
)
def test_a_capital_named_beside_smaller_places_frames_them(text, expected):
    claims, _ = claims_of(text, index_of(CAPITAL_PLACES))
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dar al-Hilal 2017: the side's own capture told as a possessive noun after ب.
        (
            "أعلنت قوات سوريا الديمقراطية مقتل 30 مسلحا من عناصر تنظيم داعش خلال معارك انتهت بسيطرتها على قرية سكيك.",
            {("سكيك", "sdf", "captured")},
        ),
        # Zaman al-Wasl 2012: "انسحابا تكتيكيا" is a withdrawal.
        ("نفذ الجيش السوري الحر انسحابا تكتيكيا من بلدة الهبيط.", {("الهبيط", "opposition", "withdrew")}),
        # Hibr Press 2019: two sides joined by و fled together.
        (
            "أكدت مصادر أن عناصر جيش الأسد وميليشيا قسد فروا من بلدة الهبيط وقرية سكيك.",
            {
                ("الهبيط", "government", "withdrew"),
                ("الهبيط", "sdf", "withdrew"),
                ("سكيك", "government", "withdrew"),
                ("سكيك", "sdf", "withdrew"),
            },
        ),
        # Orient 2016: the side after "التصدي لمحاولة" is the attacker; the subject (unnamed) holds.
        (
            "تمكنت الفصائل من التصدي لمحاولة قوات الأسد اقتحام بلدة الهبيط.",
            {("الهبيط", "opposition", "held")},
        ),
        # Zaman al-Wasl 2019: villages within range of fire "will be" in a side's hands: no claim for them.
        (
            'قال إن سيطرة قوات النظام على بلدة "عابدين" ستكون قريتي "الهبيط" و"سكيك" بحكم الساقطتين نارياً بيد قوات النظام.',
            {("عابدين", "government", "captured")},
        ),
        # Al-Manar 2014: a town across the border named by its barren hills frames the towns taken.
        (
            "استعاد الجيش السوري بلدتي الهبيط وسكيك المحاذيتين لجرود بلدة عابدين.",
            {("الهبيط", "government", "recaptured"), ("سكيك", "government", "recaptured")},
        ),
    ],
)
def test_possessive_nouns_coordinated_sides_repelled_storms_and_landmarks(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurd Street 2016: the neighbourhood is taken; the city it lies in frames it.
        (
            "سيطر مقاتلو قوات سوريا الديمقراطية على حي الحزاونة في مدينة خان شيخون بشكل كامل.",
            {("الحزاونة", "sdf", "captured")},
        ),
        # Sot Kurdistan 2022: "سجن وحي غويران": the new item has its own cue; the prison does not hide it.
        (
            "أعلنت قوات سوريا الديمقراطية السيطرة على سجن وحي غويران في مدينة خان شيخون.",
            {("غويران", "sdf", "captured")},
        ),
        # Al-Arab al-Yawm 2017: "بعض النقاط في بلدة X" is a part of X taken, not a frame.
        (
            "فرضت وحدات من الجيش سيطرتها على قرية الهبيط وعلى بعض النقاط في بلدة سكيك.",
            {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")},
        ),
    ],
)
def test_a_town_named_after_the_place_taken_in_it_frames_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Akhbar 2013: "السيطرة مجدّداً" is taken back.
        ("استطاع الجيش السوري السيطرة مجدّداً على بلدة سكيك.", {("سكيك", "government", "recaptured")}),
        # SY24 2020: the side after "هروب ... ل" is the one that fled.
        (
            "أشار إلى دخول الفصائل إلى قرية سكيك بعد هروب جماعي لقوات النظام منها.",
            {("سكيك", "opposition", "captured"), ("سكيك", "government", "withdrew")},
        ),
        # News-Pravda 2024: the place is the subject of "أصبحت ... تحت سيطرة".
        (
            "ولوحظ أن خان شيخون أصبحت بالكامل تحت سيطرة المعارضة المسلحة.",
            {("خان شيخون", "opposition", "captured")},
        ),
        # Al-Khabar TV 2018: "بالإضافة لقرى ..." goes on with the sentence before; "بالإضافة إلى ذلك" does not.
        (
            "سيطرت وحدات الجيش على قرى الهبيط وعابدين.\nبالإضافة لقرى وبلدات “سكيك وكفر عين”.",
            {
                ("الهبيط", "government", "captured"),
                ("عابدين", "government", "captured"),
                ("سكيك", "government", "captured"),
                ("كفر عين", "government", "captured"),
            },
        ),
        (
            "سيطرت وحدات الجيش على قرية الهبيط.\nبالإضافة إلى ذلك، وقع انفجار في سكيك.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_again_fled_under_control_and_lists_going_on(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syrian Press Center 2017: "جيش أسود الشرقية" is a rebel faction, not the state's army.
        ("أعلن جيش أسود الشرقية عن سيطرته على قرية سكيك.", {("سكيك", "opposition", "captured")}),
        ("سيطر جيش النظام على قرية سكيك.", {("سكيك", "government", "captured")}),
        ("سيطر الجيش على قرية سكيك.", {("سكيك", "government", "captured")}),
    ],
)
def test_an_army_with_a_name_of_its_own_is_a_faction(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Press 2020: the villages it heads for are not taken yet.
        (
            "سيطرت قوات الحكومة السورية على قرية الهبيط، ليتجه نحو قرى سكيك وعابدين.",
            {("الهبيط", "government", "captured")},
        ),
        # TRT Arabi 2024: "قوى المعارضة" are the opposition's forces.
        ("أعلنت قوى المعارضة السورية سيطرتها على بلدة سكيك.", {("سكيك", "opposition", "captured")}),
        # Radio Al-Kul 2024: "بما في ذلك" ends the name before it.
        (
            "أعلنت إدارة العمليات العسكرية سيطرتها على كامل مدينة خان شيخون بما في ذلك المطار العسكري.",
            {("خان شيخون", "opposition", "captured")},
        ),
    ],
)
def test_heading_for_places_other_names_of_sides_and_name_ends(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurd Street 2016: "من خلالها" between the verb and its side.
        (
            "بدأت حملة غضب الفرات، حيث سيطرت من خلالها قوات سوريا الديمقراطية على قرية سكيك.",
            {("سكيك", "sdf", "captured")},
        ),
        # Micro Syria 2017: after an attack verb the side is the target.
        (
            "أعلنت كتائب الثوار عن معركة في بلدة سكيك استهدفت من خلالها قوات النظام بمفخختين.",
            {("سكيك", "opposition", "attacked")},
        ),
        # North Press 2020: the shelled places come long before "لقصف من قبل".
        (
            "كما تعرضت مناطق في أحياء (الثورة، جبارة) ومدرستين في مدينة خان شيخون لقصفٍ من قبل قوات الحكومة.",
            {("الثورة", "government", "attacked"), ("جبارة", "government", "attacked")},
        ),
    ],
)
def test_means_adverbs_targets_and_long_passive_attacks(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_both_countrysides_after_rifay_are_no_towns_left(index):
    # Syria TV 2019: "من نقاط تمركزه في ريفي تل تمر والدرباسية" — the countrysides of both towns.
    text = "انسحبت قوات النظام اليوم من نقاط تمركزه في ريفي سكيك والهبيط بريف إدلب."
    claims, _ = claims_of(text, index)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Enfrad quoting RT 2019: "بدخول وحدات من الجيش مدينتي X وY".
        (
            "أفادت وسائل إعلام محلية بدخول وحدات من الجيش السورى مدينتى خان شيخون وعابدين.",
            {("خان شيخون", "government", "captured"), ("عابدين", "government", "captured")},
        ),
        # RT 2016: "أحكم ... قبضتهم على".
        (
            "وأحكم مقاتلو قوات سوريا الديمقراطية قبضتهم على قرى الهبيط وسكيك.",
            {("الهبيط", "sdf", "captured"), ("سكيك", "sdf", "captured")},
        ),
        # SANA via Syrian Telegraph 2013: "قضت على ... في قريتي X وY" is fighting there.
        (
            "قالت سانا إن القوات النظامية قضت على عدد من المسلحين في قريتي الهبيط وسكيك.",
            {("الهبيط", "government", "attacked"), ("سكيك", "government", "attacked")},
        ),
        # DW 2015: "وطردوا عناصر داعش منها": the place named before is where IS was driven from.
        (
            "أعلن المرصد أن وحدات حماية الشعب بسطوا سيطرتهم على مدينة خان شيخون وطردوا عناصر داعش منها.",
            {("خان شيخون", "sdf", "captured"), ("خان شيخون", "isis", "withdrew")},
        ),
    ],
)
def test_entry_grip_killing_and_expulsion_from_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SOHR 2022 (Muhsinli): "باستهداف قاعدة عسكرية للقوات التركية في قرية حلونجي": one base of a side hit there.
        (
            "لترد قوات مجلس منبج العسكري باستهداف قاعدة عسكرية للقوات التركية في قرية الهبيط شمال منبج.",
            {("الهبيط", "sdf", "attacked"), ("الهبيط", "sna", "held")},
        ),
        # Syriac Press 2020: "دمرت مدفعية جيش الاحتلال التركي ... نقطة تابعة لقوات النظام في قرية بسيس".
        (
            "دمرت مدفعية الجيش التركي نقطة تابعة لقوات النظام في قرية سكيك بريف إدلب.",
            {("سكيك", "sna", "attacked"), ("سكيك", "government", "held")},
        ),
    ],
)
def test_one_position_of_a_side_in_a_place_is_its_hold(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # Dama Post quoting Al-Watan 2024: "اقتحمت قوات العشائر نقاطاً عسكرية لـ “قسد” في بلدة أبو النيتل" (the
        # accusative, and a ل written apart before a quoted side); the tribes are no bloc.
        "كما اقتحمت قوات العشائر نقاطاً عسكرية لـ “قسد” في بلدة الهبيط بريف إدلب، ما أدى إلى مقتل عدد من مسلحي الأخيرة.",
        "كما اقتحمت قوات العشائر نقاطا عسكرية لقسد في بلدة الهبيط.",
    ],
)
def test_positions_in_the_accusative_or_with_a_separate_li_are_their_side_hold(index, text):
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "sdf", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Akhbar 2014 (al-Sheikh Maskin): "انتهت بسقوطها بالكامل تحت سيطرة مسلحي «الجبهة الإسلامية»".
        (
            "اشتباكات عنيفة خاضتها قوات الجيش السوري في بلدة الهبيط، شمالي إدلب، انتهت بسقوطها بالكامل تحت سيطرة "
            "مسلحي «الجبهة الإسلامية» و«جبهة النصرة».",
            {("الهبيط", "opposition", "captured")},
        ),
        ("سقطت بلدة الهبيط تحت سيطرة جبهة النصرة.", {("الهبيط", "opposition", "captured")}),
        # ... but shells falling on a place under a side's control are no fall of it.
        (
            "سقطت قذائف على بلدة الهبيط الخاضعة تحت سيطرة الجيش السوري.",
            {("الهبيط", "government", "held")},
        ),
    ],
)
def test_a_place_fallen_under_a_side_control_is_taken_by_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Araby Al-Jadeed 2025 (Jableh): "شنّت مجموعة من فلول النظام هجوماً منفصلاً استهدف حاجزاً للأمن العام":
        # the fallen regime's remnants are no side of the state; the General Security is.
        (
            "وأكدت مصادر أن مجموعة من فلول النظام شنّت هجوماً استهدف دورية للأمن العام في قرية الهبيط.",
            set(),
        ),
        # Al Jazeera Mubasher 2025: "لحظة وصول قوات الأمن العام إلى مدينة جبلة" - the state's security forces.
        (
            "ووثقت كاميرا الجزيرة مباشر لحظة دخول الأمن العام إلى مدينة خان شيخون.",
            {("خان شيخون", "government", "captured")},
        ),
        # Al-Thawra 2025 (Busra al-Sham): "بعد تدخل وجهاء من مدينة درعا" - an intervention, not "she enters".
        (
            "أكد مصدر أمني أن الأمن العام دخل إلى مدينة الهبيط باتفاق بعد تدخل وجهاء من مدينة سكيك لحل المشكلة.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_the_state_after_december_2024_and_the_fallen_regime_remnants(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2025, 3, 8))
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # Levant News 2024: 'واصل "جيش العشائر" هجومه على نقطة عسكرية لـ"قسد" ... واستهدف نقاطاً أخرى قرب بلدة
        # الطيانة وفي مدينة البصيرة': an army with a name of its own is usually a rebel faction, but the tribes' is none.
        'واستهدف "جيش العشائر" نقاطاً أخرى قرب بلدة الهبيط وفي مدينة خان شيخون.',
        # Hibr Press 2023: the tribal fighters' capture of Ibriha is no side's.
        "وسيطر مقاتلو العشائر على بلدة الهبيط بعد اشتباكات.",
    ],
)
def test_tribal_fighters_are_no_side_of_the_map(index, text):
    claims, _ = claims_of(text, index, published=dt.date(2024, 8, 10))
    assert not {c for c in claims if c[1] == "opposition"}
    assert ("الهبيط", "opposition", "captured") not in claims and (
        "الهبيط",
        "opposition",
        "attacked",
    ) not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Enab Baladi 2025 (Sweida): "الفصائل المحلية" of Sweida are no side; in 2025 the rebels are the state.
        ("وسيطرت الفصائل المحلية على بلدة الهبيط بعد انسحاب العشائر منها.", set()),
        # Asharq Al-Awsat 2025: "إدارة العمليات العسكرية" is the new government's command.
        (
            "وأعلنت إدارة العمليات العسكرية سيطرتها على مدينة خان شيخون.",
            {("خان شيخون", "government", "captured")},
        ),
    ],
)
def test_the_rebels_of_the_assad_years_are_the_state_in_2025(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2025, 7, 20))
    assert claims == expected


def test_a_side_checkpoint_in_a_district_is_its_hold(index):
    # Al-Araby Al-Jadeed 2025 (Jableh): "شنّت هجوماً منفصلاً استهدف حاجزاً للأمن العام في حي الصناعة داخل المدينة".
    text = "وأكدت مصادر أن مجموعة من فلول النظام شنّت هجوماً منفصلاً استهدف حاجزاً للأمن العام في بلدة الهبيط."
    claims, _ = claims_of(text, index, published=dt.date(2025, 3, 7))
    assert claims == {("الهبيط", "government", "held")}


def test_an_editor_in_chief_is_no_liberation(index):
    # BM Magazine 2025: "وأفاد رئيس تحرير شبكة (السويداء 24) ريان معروف، بُعيد جولة في مدينة السويداء".
    text = "وقالت مصادر إن القوات الحكومية أنهت انسحابها فجراً.\nوأفاد رئيس تحرير شبكة محلية، بُعيد جولة في مدينة الهبيط، بأنها بدت خالية."
    claims, _ = claims_of(text, index, published=dt.date(2025, 7, 17))
    assert ("الهبيط", "government", "captured") not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurdistan24 quoting SOHR 2026: "نشر الجيش العربي السوري قواته على كامل بلدات ريف دير الزور الشرقي ...
        # وبحسب المرصد، شملت تلك القرى والبلدات كل من: الباغوز، السوسة، ...": a deployment is a hold, over the
        # towns the next sentence lists.
        (
            "نشر الجيش العربي السوري قواته على كامل بلدات ريف إدلب الجنوبي.\n"
            "وبحسب المرصد، شملت تلك القرى والبلدات كل من: الهبيط، سكيك، خان شيخون.",
            {
                ("الهبيط", "government", "held"),
                ("سكيك", "government", "held"),
                ("خان شيخون", "government", "held"),
            },
        ),
        ("نشر الجيش السوري قواته في بلدة الهبيط.", {("الهبيط", "government", "held")}),
        # Al-Khaleej Online 2014: "ونشرت قوات الأسد دباباتها في المناطق المحيطة بساحة العباسيين": its tanks, not its
        # forces deployed in a named place; and a news agency spreading pictures is no deployment.
        ("ونشرت وكالة سانا صوراً لقوات الجيش في بلدة الهبيط.", set()),
    ],
)
def test_a_side_deploying_its_forces_holds_the_places(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2026, 1, 18))
    assert claims == expected


def test_the_army_of_a_side_the_lexicon_names_is_that_side(index):
    # Akhbar Al-Aan 2014: "استهدف الثوار تجمعات مليشيا جيش الدفاع الوطني في قرية قسطل معاف": the NDF's army (the
    # government's), not a rebel "army with a name of its own"; its gatherings in the village are its hold.
    text = "استهدف الثوار تجمعات مليشيا جيش الدفاع الوطني في قرية الهبيط بصواريخ غراد."
    claims, _ = claims_of(text, index, published=dt.date(2014, 4, 1))
    assert claims == {("الهبيط", "opposition", "attacked"), ("الهبيط", "government", "held")}


def test_fire_on_a_town_surroundings_is_an_attack_on_the_town(index):
    # Watan FM 2020: "استهدفت القوات التركية بالمدفعية الثقيلة تجمعات لقوات الأسد في محيط مدينة سراقب".
    text = "استهدفت القوات التركية بالمدفعية الثقيلة تجمعات لقوات الأسد في محيط مدينة سراقب بريف إدلب الشرقي."
    claims, _ = claims_of(text, index, published=dt.date(2020, 2, 17))
    assert claims == {("سراقب", "sna", "attacked")}  # (the edges are no hold of the town)


def test_positions_of_an_organisation_and_its_allies_are_its_hold(index):
    # Al-Watan via Al-Azmenah 2022: "استهدف الجيش العربي السوري ... مواقع لتنظيم «جبهة النصرة» الإرهابي وحلفائه، في
    # العنكاوي": "لتنظيم" introduces the side named after it; "and its allies" does not part the positions from the place.
    text = "استهدف الجيش العربي السوري صباح أمس، بمدفعيته الثقيلة مواقع لتنظيم «جبهة النصرة» الإرهابي وحلفائه، في الهبيط."
    claims, _ = claims_of(text, index, published=dt.date(2022, 6, 1))
    assert claims == {("الهبيط", "government", "attacked"), ("الهبيط", "opposition", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Veto Gate 2017: "بدأت وحدات من الجيش السوري ليلة الثلاثاء، عملية عسكرية برية واسعة على بلدة طيبة الإمام".
        (
            "بدأت وحدات من الجيش السوري ليلة الثلاثاء، عملية عسكرية برية واسعة على بلدة الهبيط لاستعادتها من سيطرة المعارضة.",
            {("الهبيط", "government", "attacked")},
        ),
        # SANA 2018: "نفذت ... عملية عسكرية على مواقع النصرة في قرية تل طوقان".
        (
            "وأشارت الوكالة إلى أن قوات من الجيش السوري نفذت عملية عسكرية على مواقع جبهة النصرة في قرية سكيك.",
            {("سكيك", "government", "attacked"), ("سكيك", "opposition", "held")},
        ),
        # ... but a campaign named for itself is no operation word ("حملة غضب الفرات" is the SDF's name).
        ("وسيطرت حملة غضب الفرات على قرية الهبيط.", {("الهبيط", "sdf", "captured")}),
    ],
)
def test_a_military_operation_on_a_place_is_an_attack(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2017, 3, 21))
    assert claims == expected


def test_a_time_between_a_relative_clause_verb_and_its_side(index):
    # Al Jazeera 2025: "حيي الأشرفية والشيخ مقصود اللذين تسيطر عليهما منذ سنوات قوات سوريا الديمقراطية (قسد)".
    text = "قصة بلدتي الهبيط وسكيك اللتين تسيطر عليهما منذ سنوات قوات سوريا الديمقراطية (قسد)."
    claims, _ = claims_of(text, index, published=dt.date(2025, 12, 20))
    assert claims == {("الهبيط", "sdf", "held"), ("سكيك", "sdf", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Khabar TV 2017: "دخل الحدود الإدارية لمحافظة الرقة من جهة بلدة مسكنة بريف حلب، وحرر قريتي خربة محسن
        # وخربة السبع": the army came from Maskanah (its hold) and took the two villages.
        (
            "الجيش العربي السوري دخل الحدود الإدارية لمحافظة إدلب من جهة بلدة الهبيط، وحرر قريتي سكيك وعابدين.",
            {
                ("الهبيط", "government", "held"),
                ("سكيك", "government", "captured"),
                ("عابدين", "government", "captured"),
            },
        ),
        # Athr Press 2018: "استعادت القوات السورية السيطرة على بلدة بيت سوا ... متقدمةً من جهة بيت نايم".
        (
            "استعادت القوات السورية السيطرة على بلدة سكيك متقدمةً من جهة خان شيخون.",
            {("سكيك", "government", "recaptured"), ("خان شيخون", "government", "held")},
        ),
    ],
)
def test_the_place_a_side_comes_from_is_its_hold(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2017, 6, 10))
    assert claims == expected


def test_a_side_named_after_a_stronghold_with_li_owns_the_possessive_change_after(index):
    # Sputnik 2015: "مدينة تدمر الأثرية، التي أصبحت معقل جديد لقوات "داعش" بعد دخولها للمدينة والسيطرة عليها":
    # "its" entry is Daesh's (the stronghold's side), not the army's named before.
    text = (
        'إن الجيش السوري يسعى للتقدم باتجاه مدينة خان شيخون، التي أصبحت معقل جديد لقوات "داعش" بعد دخولها '
        "للمدينة والسيطرة عليها."
    )
    claims, _ = claims_of(text, index, published=dt.date(2015, 6, 10))
    assert claims == {("خان شيخون", "isis", "captured")}


def test_a_change_noun_with_its_it_after_a_time_is_the_place_told_before(index):
    # SMART 2017: "إن قوات النظام انسحبت من بلدة تادف ... بعد يوم واحد من دخولها، عقب انسحاب تنظيم "الدولة
    # الإسلامية" منها": the regime had entered Tadef the day before.
    text = (
        "إن قوات النظام انسحبت من بلدة الهبيط، وتمركزت على أطرافها الجنوبية، بعد يوم واحد من دخولها، "
        'عقب انسحاب تنظيم "الدولة الإسلامية" منها.'
    )
    claims, _ = claims_of(text, index, published=dt.date(2017, 2, 27))
    assert claims == {
        ("الهبيط", "government", "captured"),
        ("الهبيط", "government", "withdrew"),
        ("الهبيط", "isis", "withdrew"),
    }
    # A capture told after the withdrawal, "بعد ... من السيطرة عليها", came before it: both stand.
    claims, _ = claims_of(
        "إن قوات النظام انسحبت من بلدة الهبيط بعد يوم واحد من السيطرة عليها.",
        index,
        published=dt.date(2017, 2, 27),
    )
    assert claims == {("الهبيط", "government", "captured"), ("الهبيط", "government", "withdrew")}


def test_a_place_noun_with_a_present_control_verb_and_its_it_is_a_relative_hold(index):
    # Eldorar 2017: "أسوار مدينة معدان، التي تعد آخر مدينة يسيطر عليها تنظيم الدولة في الريف الشرقي".
    text = "باتت القوات قرب أسوار مدينة الهبيط، التي تعد آخر مدينة يسيطر عليها تنظيم الدولة في الريف الجنوبي."
    claims, _ = claims_of(text, index, published=dt.date(2017, 8, 10))
    assert claims == {("الهبيط", "isis", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SOHR 2021: "استهدفت غرفة عمليات “الفتح المبين”، مواقع قوات النظام في ريف إدلب الجنوبي والشرقي، حيث استهدفت
        # محيط مدينة معرة النعمان وبابيلا والجرادة": the side whose positions were struck holds the places hit (not
        # the town whose edges were).
        (
            "استهدفت فصائل المعارضة مواقع قوات النظام في ريف إدلب الجنوبي، حيث استهدفت محيط مدينة خان شيخون والهبيط وسكيك.",
            {
                ("خان شيخون", "opposition", "attacked"),
                ("الهبيط", "opposition", "attacked"),
                ("سكيك", "opposition", "attacked"),
                ("الهبيط", "government", "held"),
                ("سكيك", "government", "held"),
            },
        ),
        # Watan FM 2020: "ضد مناطق سيطرة فصائل المعارضة جنوبي إدلب، حيث استهدفت قوات الأسد بالمدفعية ... البارة".
        (
            "تقوم قوات الأسد بخروقات ضد مناطق سيطرة فصائل المعارضة جنوبي إدلب، حيث استهدفت قوات الأسد بالمدفعية قرية الهبيط.",
            {("الهبيط", "government", "attacked"), ("الهبيط", "opposition", "held")},
        ),
    ],
)
def test_positions_over_a_region_then_the_places_struck_there(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2021, 10, 25))
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Wasat carrying Reuters 2016: "طردت القوات السورية ومقاتلون متحالفون معها مقاتلي تنظيم «داعش» من بلدة
        # القريتين": the side expelled is the other one named before "من", past the subject's allies.
        (
            "طردت القوات السورية ومقاتلون متحالفون معها مقاتلي تنظيم «داعش» من بلدة الهبيط، اليوم الأحد.",
            {("الهبيط", "government", "captured"), ("الهبيط", "isis", "withdrew")},
        ),
        # Algeria Today 2015: "إعلان الفصائل المذكورة الحرب ضد تنظيم داعش وطردها من بلدات العدنانية والحمدانية":
        # "expelling it", the side named last before the word.
        (
            "وجاءت السيطرة بعد إعلان الفصائل الحرب ضد تنظيم داعش وطردها من بلدات الهبيط وسكيك.",
            {
                ("الهبيط", "opposition", "captured"),
                ("سكيك", "opposition", "captured"),
                ("الهبيط", "isis", "withdrew"),
                ("سكيك", "isis", "withdrew"),
            },
        ),
    ],
)
def test_the_side_expelled(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2016, 4, 3))
    assert claims == expected


def test_a_side_loss_told_before_what_the_other_side_took(index):
    # Al-Shorouk quoting SOHR 2016: "خسرت الفصائل المعارضة كامل القسم الشمالي من الأحياء الشرقية بعد سيطرة قوات النظام
    # على أحياء الحيدرية والصاخور والشيخ خضر": the districts the government took are the ones the factions lost.
    text = "وقال المرصد: خسرت الفصائل المعارضة كامل القسم الشمالي من الريف بعد سيطرة قوات النظام على بلدتي الهبيط وسكيك."
    claims, _ = claims_of(text, index, published=dt.date(2016, 11, 28))
    assert claims == {
        ("الهبيط", "government", "captured"),
        ("سكيك", "government", "captured"),
        ("الهبيط", "opposition", "withdrew"),
        ("سكيك", "opposition", "withdrew"),
    }


def test_the_agent_of_a_later_change_word_is_not_the_subject_of_an_earlier_one(index):
    # Al-Hal 2017: "إن قوات الحملة “سيطرت على قرى الوديان وبيوض ...، بعد أن تعرض محيطها إلى قصف عنيف من قبل
    # التحالف الدولي”": the coalition shelled; the villages were taken by the side the report told of.
    text = (
        "أفاد مصدر بأن قوات سوريا الديمقراطية سيطرت على مناطق جديدة بريف إدلب.\n"
        "وقال الناطق، إن قوات الحملة “سيطرت على قرى الهبيط وسكيك، بعد أن تعرض محيطها إلى قصف عنيف من قبل التحالف الدولي”."
    )
    claims, _ = claims_of(text, index, published=dt.date(2017, 3, 1))
    assert claims == {("الهبيط", "sdf", "captured"), ("سكيك", "sdf", "captured")}


def test_a_stronghold_with_two_adjectives_before_its_side(index):
    # Al-Akhbar 2017: "نحو بلدة مسكنة، المعقل الوحيد الباقي لتنظيم «داعش» في الريف الشرقي لمدينة حلب".
    text = "ومن المتوقع أن يتيح تقدمه نحو بلدة الهبيط، المعقل الوحيد الباقي لتنظيم «داعش» في الريف الشرقي لمدينة إدلب."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "isis", "held") in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Baladi News 2018 (Olive Branch): "قريتي (كيمار وبراد) الواقعتان على مقربة من بلدتي نبل والزهراء": both towns
        # of the dual are landmarks, neither taken.
        (
            "وذكرت غرفة عمليات “غصن الزيتون” أن قوات الجيش السوري الحر سيطرت على قرية الهبيط الواقعة على مقربة من "
            "بلدتي سكيك وعابدين.",
            {("الهبيط", "sna", "captured")},  # (Olive Branch's factions are the SNA)
        ),
        # SMART 2017 (al-Sha'ab): "وتركزت قرب قريتي ارتوازية الشعاب وراصد الشعاب، تمكن خلالها المقاتلين من استعادة
        # السيطرة عليهما": "both" are the two villages, landmarks of the fighting though they were.
        (
            "إن الاشتباكات دارت صباح اليوم، وتركزت قرب قريتي سكيك وعابدين، تمكن خلالها مقاتلو جيش أسود الشرقية من "
            "استعادة السيطرة عليهما وقتل ثلاثين عنصرا للنظام.",
            {("سكيك", "opposition", "recaptured"), ("عابدين", "opposition", "recaptured")},
        ),
    ],
)
def test_a_dual_named_as_a_landmark_and_both_of_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_a_plural_control_verb_after_its_subject_is_a_hold(index):
    # Al-Alam 2018 (Yarmouk): "لم يبق سوى مئات العناصر من مسلحي جماعة داعش الارهابية يسيطرون على الجزء الأكبر من
    # مخيم اليرموك، وأجزاء من حيي الحجر الأسود والتضامن": what they control now, not a capture.
    text = (
        "لم يبق سوى مئات العناصر من مسلحي جماعة داعش الارهابية يسيطرون على الجزء الأكبر من الهبيط، وأجزاء من "
        "قريتي سكيك وعابدين."
    )
    claims, _ = claims_of(text, index)
    assert claims == {(p, "isis", "held") for p in ("الهبيط", "سكيك", "عابدين")}


def test_districts_still_under_a_side_influence_are_all_held(index):
    # Al-Hal 2017 (Raqqa): "ومازالت أحياء (X، Y، ...) تحت نفوذ التنظيم": every district of the list, not the last.
    text = (
        "ومازالت أحياء (الأكراد، القطار، السخاني، البدو، الأندلس، المطحنة) تحت نفوذ التنظيم، وهي مناطق تخضع "
        "جميعها إلى اشتباكات مستمرة بين قسد وعناصر التنظيم المتشدد."
    )
    claims, _ = claims_of(text, index)
    districts = ("الأكراد", "القطار", "السخاني", "البدو", "الأندلس", "المطحنة")
    assert {c for c in claims if c[2] == "held"} == {(d, "isis", "held") for d in districts}


def test_what_is_left_in_a_side_grip_and_what_it_keeps_are_held(index):
    # Al-Resalah quoting Al Jazeera 2016 (Rabia): "إن ما تبقى في قبضة المعارضة بلدة البيضاء وريحانية ربيعة ...، كما
    # تحتفظ المعارضة ببلدة حور": the places named after "what is left in its grip" and after "keeps".
    text = (
        "وقال مراسل الجزيرة إن ما تبقى في قبضة المعارضة بلدة الهبيط وسكيك وهما تعتبران مهددتان من قبل قوات "
        "النظام، كما تحتفظ المعارضة ببلدة عابدين وتلالا أخرى."
    )
    claims, _ = claims_of(text, index)
    assert {c for c in claims if c[1] == "opposition"} == {
        ("الهبيط", "opposition", "held"),
        ("سكيك", "opposition", "held"),
        ("عابدين", "opposition", "held"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SOHR 2015 (Jisr al-Shughur): "سيطرت على مدينة جسر الشغور بعد طردها لقوات النظام": the side expelled left it.
        (
            "جبهة النصرة وفصائل إسلامية هي من سيطرت على مدينة خان شيخون بعد طردها لقوات النظام خلال نحو 4 أيام.",
            {("خان شيخون", "opposition", "captured"), ("خان شيخون", "government", "withdrew")},
        ),
        # Syriac Press 2024: "دخلت قسد قريةَ “مجيبرة”، بالإضافة إلى طردها لعناصر النظام السوري من حاجزين عسكريَين في
        # محيط القرية": out of two posts near the village, not out of the village.
        (
            "دخلت قوات سوريا الديمقراطية قريةَ “الهبيط”، بالإضافة إلى طردها لعناصر النظام السوري من حاجزين "
            "عسكريَين في محيط القرية.",
            {("الهبيط", "sdf", "captured")},
        ),
    ],
)
def test_the_side_expelled_by_a_capture_withdrew(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al Jazeera 2015 (al-Hader): "شنت حملة واسعة على بلدة الحاضر ...، مما دفع قوات المعارضة للانسحاب".
        (
            "وقال مراسل الجزيرة إن قوات النظام شنت حملة واسعة على بلدة الهبيط بدعم من الحرس الثوري الإيراني، مما "
            "دفع قوات المعارضة للانسحاب.",
            {("الهبيط", "opposition", "withdrew")},
        ),
        # Daily Sabah 2016 (al-Ramouseh): driven "to" other places: where they went is no place they left.
        (
            "وشن الطيران الروسي 100 غارة على منطقة الهبيط تمهيداً لاقتحام قوات الأسد للموقع المذكور مما اضطر فصائل "
            "المعارضة للانسحاب إلى مناطق سكيك وعابدين.",
            set(),
        ),
    ],
)
def test_a_side_driven_to_withdraw_left_the_place_told_of(index, text, expected):
    claims, _ = claims_of(text, index)
    assert {c for c in claims if c[2] == "withdrew"} == expected


def test_a_battle_aims_are_attacked_not_taken(index):
    # Rassd 2016 (al-Eis): "أعلنت ... انطلاق معركة “تحرير العيس”، ومن أهدافها تحرير قرية العيس والتلال المحيطة بها".
    text = (
        "وأفادت جبهة النصرة بأنها أعلنت أمس الجمعة انطلاق معركة “تحرير الهبيط”، ومن أهدافها تحرير قرية الهبيط "
        "والتلال المحيطة بها وهي: “تلة سكيك وتلة عابدين”."
    )
    claims, _ = claims_of(text, index)
    assert {c[2] for c in claims} == {"attacked"} and ("الهبيط", "opposition", "attacked") in claims


def test_a_raid_told_as_a_verbal_noun_is_an_attack(index):
    # Jredti 2016 (Hasakah): "بعد أن قام النظام السوري بالإغارة على حي العزيزية".
    text = (
        "وقد لقي عدد من الأشخاص حتفهم، بعد أن قام النظام السوري بالإغارة على قرية الهبيط، حسب مصادر إعلامية."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "attacked")}


def test_a_capture_in_the_present_after_before_or_after_is_a_capture(index):
    # Syria News 2017 (Deir Hafer): "قبل أن يسيطر على بلدات عاكولة ...": a capture in time, not a hold.
    text = "وكان الجيش النظامي سيطر قبل 3 ايام على الهبيط قبل أن يسيطر على بلدات سكيك وعابدين شمال المدينة."
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "government", "captured"),
        ("سكيك", "government", "captured"),
        ("عابدين", "government", "captured"),
    }


def test_a_place_a_side_heads_for_is_not_taken(index):
    # Janoubia quoting AFP 2014: "دخل الجيش مدينة يبرود ... يفرون في اتجاه بلدة رنكوس".
    text = "دخل الجيش السوري بلدة الهبيط من الجهة الشرقية، وتقدم باتجاه بلدة سكيك."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Thawra 2019: deployed and positioned in named places: held, by the side named with the verb.
        (
            "انتشرت وحدات الجيش العربي السوري مساء أمس في بلدة الهبيط وتمركزت في سكيك وعابدين.",
            {
                ("الهبيط", "government", "held"),
                ("سكيك", "government", "held"),
                ("عابدين", "government", "held"),
            },
        ),
        # New Orient News 2017: "المجموعات الإرهابية المنتشرة في قريتي X وY".
        (
            "ذكرت مصادر أن المجموعات الإرهابية المنتشرة في قريتي الهبيط وسكيك قصفت البلدة.",
            {
                ("الهبيط", "opposition", "held"),
                ("سكيك", "opposition", "held"),
                ("الهبيط", "opposition", "attacked"),
                ("سكيك", "opposition", "attacked"),
            },
        ),
        # Al-Riyadh quoting SOHR 2014 (Kasab): "في مدينة كسب التي تتواجد فيها القوات النظامية": present there, held.
        (
            "المعارك لا تزال عنيفة في محيطه وعلى بعد عشرات الامتار منه في مدينة خان شيخون التي تتواجد فيها القوات "
            "النظامية.",
            {("خان شيخون", "government", "held")},
        ),
        # Al-Watan 2015 (Midaa): presence "in what is left of" a region names no place; the places before it are
        # no hold of that side.
        (
            "وتنبع أهمية السيطرة على الهبيط كونها المتنفس الأخير للمجموعات المسلحة باتجاه سكيك وعابدين، وتضيق "
            "الخناق على المجموعات المسلحة المتواجدة في ما تبقى من الغوطة الشرقية.",
            set(),
        ),
        # Anadolu 2018: forces of no bloc deployed somewhere give no claim, whatever side came before.
        (
            "سيطر الجيش على قرية الهبيط. وتتمركز القوات الأمريكية في مدينة خان شيخون.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_deployment_is_held_by_the_side_named_with_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_every_word_the_trigger_finder_compares_passes_its_quick_filter():
    # _find_triggers passes over words _may_trigger rejects: a word compared there but missing from
    # TRIGGER_WORDS would silently never trigger.
    import inspect
    import re

    from frontline.extraction import triggers, vocabulary
    from gazetteer.normalize import normalize_text

    source = inspect.getsource(triggers._find_triggers)
    literals = {
        w for group in re.findall(r"\bw in \(([^)]*)\)", source) for w in re.findall(r'"([^"]+)"', group)
    }
    named = set(re.findall(r"\bif w in ([A-Z_]+)", source))  # (the sets a branch starts from)
    words = literals | {w for name in named for w in getattr(vocabulary, name)}
    assert literals and named
    missing = {
        w for w in words if not triggers._may_trigger(w) and not triggers._may_trigger(normalize_text(w))
    }
    assert missing == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Watan 2015: "أحبطت وحدات من الجيش هجوماً للإرهابيين على قرية X": the army holds X.
        (
            "في وقت أحبطت وحدات من الجيش هجوماً للإرهابيين على قرية سكيك بريف إدلب.",
            {("سكيك", "government", "held")},
        ),
        # Al Arabiya 2013: "أما بلدة X فلا يزال تحت سيطرة النظام".
        ("أما بلدة الهبيط وقراها فلا يزال تحت سيطرة النظام.", {("الهبيط", "government", "held")}),
        # Al-Dustour 2019: "وبقي تحت سيطرة داعش ... بلدة X".
        ("وبقي تحت سيطرة داعش في عموم سوريا، بلدة عابدين.", {("عابدين", "isis", "held")}),
        # Step 2020: a side positioned in towns shells others: positioned there is held, the others attacked.
        (
            "وقال إن قوات النظام المتمركزة في الهبيط، قصفت بالمدفعية الثقيلة بلدات سكيك وعابدين.",
            {
                ("الهبيط", "government", "held"),
                ("سكيك", "government", "attacked"),
                ("عابدين", "government", "attacked"),
            },
        ),
    ],
)
def test_repelled_attacks_still_held_places_and_positions(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tasnim 2015: a stronghold named in apposition is held by its side.
        ("وتقدمت القوات شمالا نحو سكيك أبرز معاقل داعش في ريف إدلب.", {("سكيك", "isis", "held")}),
        # Al-Jazirah 2017: "التي يتخذها التنظيم معقلا له".
        ("في الشطر الغربي من بلدة الهبيط التي يتخذها تنظيم داعش معقلا له.", {("الهبيط", "isis", "held")}),
        # Al-Ittihad 2015: the whole list before "اللتين تعتبران أهم معاقل النظام".
        (
            "لم يتبق للأسد إلا بلدتي الهبيط وسكيك اللتين تعتبران أهم معاقل النظام.",
            {("الهبيط", "government", "held"), ("سكيك", "government", "held")},
        ),
        # Moheet 2015: a stronghold just taken by another side is no hold.
        (
            "سيطرت فصائل المعارضة على بلدة سكيك، آخر معاقل جيش الأسد في ريف إدلب.",
            {("سكيك", "opposition", "captured")},
        ),
    ],
)
def test_strongholds_are_held_unless_just_taken(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SOHR 2021: Russian warplanes are the government's side.
        (
            "نفذت مقاتلات روسية غارات جوية توزعت على بلدتي الهبيط وسكيك.",
            {("الهبيط", "government", "attacked"), ("سكيك", "government", "attacked")},
        ),
        # ADAR 2020: the Turkish occupation army is the SNA's side.
        (
            "وقالت الوكالة إن جيش الاحتلال التركي استهدف منازل المدنيين في بلدة عابدين.",
            {("عابدين", "sna", "attacked")},
        ),
        # Al-Watan 2015: "مستهدفاً تحركات المسلحين في قرى X وY".
        (
            "سلاح الجو في الجيش السوري نفذ سلسلة غارات، مستهدفاً تحركات المسلحين في قرى الهبيط وسكيك.",
            {("الهبيط", "government", "attacked"), ("سكيك", "government", "attacked")},
        ),
    ],
)
def test_air_forces_and_participles_of_attack(index, text, expected):
    claims, _ = claims_of(text, index)
    assert expected <= claims


def test_an_operation_names_its_side(index):
    # Qasioun 2024: "أعلن القائد العسكري المسؤول عن عملية “فجر الحرية” السيطرة على القرى التالية: ..."
    text = (
        "أعلن القائد العسكري المسؤول عن عملية “فجر الحرية” السيطرة على القرى والبلدات التالية: الهبيط، سكيك."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "sna", "captured"), ("سكيك", "sna", "captured")}


def test_a_recapture_whose_noun_stands_far_from_its_verb_is_one_recapture(index):
    # Al-Araby 2014: "استعاد مقاتلو "جيش الأمة" التابع لـ"الجيش السوري الحر"، اليوم الثلاثاء، السيطرة على قرية X".
    text = 'استعاد مقاتلو "جيش الأمة" التابع لـ"الجيش السوري الحر"، اليوم الثلاثاء، السيطرة على قرية سكيك.'
    claims, _ = claims_of(text, index)
    assert claims == {("سكيك", "opposition", "recaptured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Akhbar Al-Aan 2013: "بتعرض بلدتي X وY لقصف بطيران النظام الحربي": the agent with its ب.
        (
            "وأفاد المرصد بتعرض بلدتي الهبيط وسكيك لقصف بطيران النظام الحربي.",
            {("الهبيط", "government", "attacked"), ("سكيك", "government", "attacked")},
        ),
        # Al-Araby Al-Jadeed 2019: "مقاتلي الهيئة" are HTS's.
        (
            "وقالت مصادر محلية إن مقاتلي الهيئة دخلوا قرى: الهبيط وعابدين بعد انسحاب الجبهة الوطنية منها.",
            {("الهبيط", "opposition", "captured"), ("عابدين", "opposition", "captured")},
        ),
    ],
)
def test_agents_with_ba_and_hts_by_its_short_name(index, text, expected):
    claims, _ = claims_of(text, index)
    assert expected <= claims


def test_kurdish_fighters_are_the_sdf(index):
    # DW 2015: "أعلن المرصد أن المقاتلين الأكراد ... بسطوا سيطرتهم على مدينة X".
    claims, _ = claims_of("أعلن المرصد أن المقاتلين الأكراد بسطوا سيطرتهم على مدينة خان شيخون.", index)
    assert claims == {("خان شيخون", "sdf", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tamuz Net 2021: "في قصف صاروخي لقوات الحكومة على مشفى الأتارب": the side with ل after the attack noun.
        (
            "أفادت مصادر بمقتل خمسة أشخاص في قصف صاروخي لقوات النظام على بلدة الهبيط بريف إدلب.",
            {("الهبيط", "government", "attacked")},
        ),
        # Arabi21 2016: "جراء استهداف الطيران الحربي التابع للنظام السوري، مدينة تلدو": an attack told as the
        # cause of deaths is still the attack when the sentence states no change.
        (
            "قتل أربعة مدنيين جراء استهداف الطيران الحربي التابع للنظام السوري، بلدة سكيك بعدة غارات جوية.",
            {("سكيك", "government", "attacked")},
        ),
        # ... but told as the cause of a capture it is only the capture's.
        (
            "سيطرت قوات النظام على بلدة الهبيط بعد قصف عنيف على بلدة عابدين.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_the_side_of_an_attack_noun_and_attacks_told_as_causes(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Akhbar Al-Aan 2015: "تعزيزات عسكرية إلى بلدة دير العدس ... في محاولة له إستعادتها": a recapture tried.
        (
            "وأرسلت قوات النظام تعزيزات عسكرية إلى أطراف بلدة الهبيط في محاولة لاستعادتها من أيدي الثوار.",
            {("الهبيط", "government", "attacked")},
        ),
        # Al-Akhbar 2015: "يحاول المسلحون منذ سيطرتهم على مدينة أريحا التقدم نحو بلدة كفرشلايا".
        (
            "وإلى جنوبي إدلب، تحاول جبهة النصرة التقدم نحو بلدة سكيك دون أي تغيير في خريطة السيطرة.",
            {("سكيك", "opposition", "attacked")},
        ),
        # A threat is still no attack: "تهدد أنقرة بشن عملية على مدينتي تل رفعت ومنبج".
        ("وتهدد قوات النظام بالسيطرة على بلدة الهبيط خلال أيام.", set()),
    ],
)
def test_a_capture_tried_is_an_attack_on_the_place(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kurd Street 2023: "وشملت الهجمات التركية ... قرية ماميت": Turkey's strikes named by their weapon.
        (
            "واستهدفت الهجمات التركية قرية الهبيط وقرية سكيك.",
            {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")},
        ),
        # Syria News 2023: "جراء استهداف طائرة مسيرة تركية موقعا في قرية خربة خوي".
        ("أصيب مدنيان جراء استهداف طائرة مسيرة تركية موقعا في قرية الهبيط.", {("الهبيط", "sna", "attacked")}),
        # RT 2019: "انتشار الجيش السوري ... بهدف صد الهجوم التركي": the side after صد is the attacker.
        ("وانتشرت قوات النظام في بلدة الهبيط بهدف صد الهجوم التركي.", {("الهبيط", "government", "held")}),
    ],
)
def test_turkish_strikes_named_by_their_weapon(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syria TV 2019: "وشنّت قوات النظام هجومها على القرى المذكورة انطلاقاً مِن بلدة كفرنبودة المجاورة".
        (
            "وشنت قوات النظام هجومها على قرية سكيك انطلاقاً من بلدة الهبيط المجاورة، وسيطرت عليها.",
            {("سكيك", "government", "attacked"), ("الهبيط", "government", "held")},
        ),
        # Step 2021: "بالتزامن مع خروج المصلين من تأدية صلاة الجمعة": civilians leaving, no withdrawal.
        (
            "استهدفت قوات النظام بالمدفعية بلدة الهبيط، بالتزامن مع خروج المصلين من تأدية صلاة الجمعة.",
            {("الهبيط", "government", "attacked")},
        ),
        # Muraselon 2018: "أمّن الجيش خروج عدد من عائلات الغوطة الشرقية عبر بلدة مديرة".
        ("وأمن الجيش العربي السوري خروج عدد من عائلات المنطقة عبر بلدة الهبيط.", set()),
    ],
)
def test_where_an_attack_was_launched_from_and_civilians_leaving(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_the_name_of_hts_is_no_liberation(index):
    # Al-Modon 2023: "نفّذوا عملية نوعية ضد نقاط تابعة لقوات النظام على محور قرية الفطاطرة" — told by
    # "معرفات تحرير الشام": the group's name holds the word تحرير, and nothing was taken.
    text = (
        "وقالت معرفات تحرير الشام الإعلامية إن مقاتلين من تحرير الشام نفذوا عملية نوعية ضد نقاط تابعة "
        "لقوات النظام على محور قرية الهبيط."
    )
    claims, _ = claims_of(text, index)
    assert not any(change == "captured" for _s, _a, change in claims)


def test_massing_in_a_place_holds_it_and_a_tried_attack_takes_only_what_follows(index):
    # Al-Thabat 2023: "حشدت قسد عدداً كبيراً من المقاتلين في بلدة البصيرة شمالي دير الزور، في محاولة لاقتحام
    # الريف الشرقي لدير الزور، واستعادة السيطرة عليه": البصيرة is where the SDF masses, not what it tries.
    text = (
        "كذلك حشدت قسد عدداً كبيراً من المقاتلين في بلدة الهبيط، في محاولة لاقتحام الريف الشرقي "
        "واستعادة السيطرة عليه."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "sdf", "held")}


def test_dominated_is_captured_and_the_opponents_by_their_plain_name(index):
    # Al-Mashhad (Reuters) 2013: "وكان المعارضون قد هيمنوا في وقت سابق على بلدة الطبقة القريبة".
    claims, _ = claims_of("وكان المعارضون قد هيمنوا في وقت سابق على بلدة الهبيط القريبة.", index)
    assert claims == {("الهبيط", "opposition", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # France 24 2014: "بعد إعادة السيطرة على مدينة يبرود": control taken back.
        (
            "وسع الجيش السوري عملياته بعد إعادة السيطرة على مدينة الهبيط.",
            {("الهبيط", "government", "recaptured")},
        ),
        # Ech-Chaab 2017: "بعد استعادته السيطرة على بلدة حلفايا التي فقد السيطرة عليها العام الماضي".
        (
            "ويأتي الإعلان بعد استعادة الجيش السوري السيطرة على بلدة الهبيط التي فقد السيطرة عليها العام الماضي.",
            {("الهبيط", "government", "recaptured"), ("الهبيط", "government", "withdrew")},
        ),
        (
            "وأعلن الجيش السوري استعادته السيطرة على بلدة الهبيط.",
            {("الهبيط", "government", "recaptured")},
        ),
    ],
)
def test_control_given_back_and_control_lost(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Seyassah 2024: "تمكنها من السيطرة على مبنى قيادة الشرطة في مدينة السويداء": a building, not the city.
        ("أعلنت الفصائل تمكنها من السيطرة على مبنى قيادة الشرطة في مدينة خان شيخون.", set()),
        # Al Jazeera 2013: "سيطرت على ثلاثة حواجز لحزب الله في بلدة جوسية".
        ("وأشار إلى أن قوات الثوار سيطرت على ثلاثة حواجز لحزب الله في بلدة الهبيط.", set()),
        # ... but positions in a town are a partial capture of it (Al-Arab Al-Yawm 2017: "بعض النقاط في بلدة خشام").
        (
            "فرضت وحدات من الجيش سيطرتها على بعض النقاط في بلدة الهبيط.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_a_building_taken_inside_a_town_is_no_capture_of_the_town(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_the_ends_of_a_road_are_not_what_is_struck_or_taken(index):
    # Syria News 2023: "جراء استهداف مسيرة تركية لسيارتين ... على الطريق بين قريتي تل معروف-خزنة".
    text = "قتل ثلاثة أشخاص نتيجة استهداف مسيرة تركية لسيارتين على الطريق بين قريتي الهبيط-سكيك."
    claims, reading = claims_of(text, index)
    assert {m.surface for m in reading.geo.mentions if not m.is_area} >= {"الهبيط", "سكيك"}
    assert claims == set()


def test_faqad_as_so_plus_qad_does_not_stop_a_recapture(index):
    # Al-Modon 2019: "فقد تمكنت قوات النظام من استعادة السيطرة على قرى سروج واعجاز": فقد is ف + قد here.
    text = "ووفق ما أفاد المرصد، فقد تمكنت قوات النظام من استعادة السيطرة على قرى الهبيط وسكيك."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "recaptured"), ("سكيك", "government", "recaptured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Watan 2014: "المناطق التي استعادها داعش هي بلدة أبو حمام وبلدة غرانتيج وبلدة الكشكية".
        (
            "المناطق التي استعادها داعش هي بلدة الهبيط وبلدة سكيك.",
            {("الهبيط", "isis", "recaptured"), ("سكيك", "isis", "recaptured")},
        ),
        # Sabr 2012: "تمكن الثوار من السيطرة على قريتي البريقة وبئر عجم، وأضاف أن القوات الحكومية حريصة على
        # استعادتهما": keen to take them back is no recapture yet.
        (
            "تمكن الثوار من السيطرة على قريتي الهبيط وسكيك، وأضاف أن القوات الحكومية حريصة على استعادتهما.",
            {
                ("الهبيط", "opposition", "captured"),
                ("سكيك", "opposition", "captured"),
                ("الهبيط", "government", "attacked"),
                ("سكيك", "government", "attacked"),
            },
        ),
    ],
)
def test_recaptured_with_its_object_pronoun_and_a_recapture_sought(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_tightening_the_grip_as_a_noun_is_a_capture(index):
    # Al-Bawaba 24 2024: "بعد إحكام الفصائل قبضتها على مناطق استراتيجية ... منها أرزة، الشيحة".
    claims, _ = claims_of("جاءت السيطرة بعد إحكام الفصائل قبضتها على قرى منها الهبيط، سكيك.", index)
    assert claims == {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Azmenah 2017: "سيطر الجيش على عدد من القرى ... وأصبحت على مسافة 5 كم من مدينة السخنة".
        ("سيطر الجيش على عدد من القرى وتعمق في البادية حتى مسافة 5 كم من مدينة خان شيخون.", set()),
        # Rassd 2024: "دخلت قوات المعارضة العاصمة دمشق بعد فقدان النظام سيطرته عليها": a loss, not a capture.
        (
            "دخلت قوات المعارضة مدينة خان شيخون بعد فقدان النظام سيطرته عليها.",
            {("خان شيخون", "opposition", "captured"), ("خان شيخون", "government", "withdrew")},
        ),
    ],
)
def test_places_measured_from_and_control_lost_as_a_noun(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TRT 2024: "وفقد نظام بشار الأسد سيطرته على العاصمة": the loss, with the side between.
        ("وفقد نظام بشار الأسد سيطرته على مدينة خان شيخون.", {("خان شيخون", "government", "withdrew")}),
        # ... while "فقد سيطرت" is ف + قد + a verb: a capture.
        ("فقد سيطرت قوات النظام على بلدة الهبيط.", {("الهبيط", "government", "captured")}),
    ],
)
def test_a_loss_of_control_with_the_side_between_and_so_plus_qad(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_no_claim_on_a_town_named_for_its_countryside(index):
    # Al-Mowatna 2021: "قصف ... على ريف بلدة تل تمر": the countryside was struck, not the town.
    claims, _ = claims_of("قصفت قوات النظام قرى في ريف بلدة خان شيخون وبلدة الهبيط.", index)
    assert ("خان شيخون", "government", "attacked") not in claims
    assert ("الهبيط", "government", "attacked") in claims


def test_the_scorer_reads_countryside_phrases_as_context_like_governorates(index):
    from frontline.management.commands.evaluate_reader import Score, score_passage

    text = "سيطرت قوات النظام على بلدة الهبيط بريف خان شيخون."
    passage = {
        "id": "t",
        "mentions": [{"surface": "الهبيط", "place": {"lat": 35.4395, "lon": 36.5361}}],
        "claims": [
            {"surface": "الهبيط", "actor": "government", "change": "captured", "date_end": "2019-08-13"}
        ],
    }
    reading = read_report(text, published=PUBLISHED, index=index)
    mentions, claims, dates, errors = Score(), Score(), Score(), []
    score_passage(passage, reading, mentions, claims, dates, errors)
    assert (mentions.tp, mentions.predicted, mentions.gold) == (1, 1, 1), errors
    assert (claims.tp, claims.predicted, claims.gold) == (1, 1, 1), errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Akhbar Al-Aan 2015: "مروحيات النظام ألقت براميل متفجرة على مدينة بصرى الشام".
        ("ألقت مروحيات النظام براميل متفجرة على بلدة الهبيط.", {("الهبيط", "government", "attacked")}),
        # Step 2016: "والتي تتعرض لقصف جوي مكثف ... من الطائرات الروسية": the feminine imperfect passive.
        ("وتتعرض بلدة الهبيط لقصف جوي مكثف من الطائرات الروسية.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_barrels_dropped_and_a_town_that_is_being_shelled(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANA via Al-Watan 2017: "إن الجيش طهّر مدينة تدمر من الإرهابيين"; Dhamar News 2015: "تطهير".
        ("وقالت سانا إن الجيش طهّر مدينة الهبيط من الإرهابيين.", {("الهبيط", "government", "captured")}),
        ("تمكنت وحدات الجيش من تطهير بلدة الهبيط من الإرهاب.", {("الهبيط", "government", "captured")}),
        # "سقطت بلدة X في أيدي قوات النظام", "رفع الجيش العلم السوري في بلدة X": taken.
        ("سقطت بلدة الهبيط في أيدي قوات النظام.", {("الهبيط", "government", "captured")}),
        ("رفع الجيش العلم السوري في بلدة الهبيط.", {("الهبيط", "government", "captured")}),
        # "أخلت قسد مواقعها في بلدة X": left; "أخلت سبيل" (released) is not.
        ("أخلت قوات سوريا الديمقراطية مواقعها في بلدة الهبيط.", {("الهبيط", "sdf", "withdrew")}),
        ("أخلت قوات النظام سبيل عشرة معتقلين من بلدة الهبيط.", set()),
    ],
)
def test_cleansed_fallen_flag_raised_and_positions_vacated(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The coalition and Israel are no side of the map: no claim, and no side guessed from them (the side
        # whose positions they struck still holds the place).
        ("شنت طائرات التحالف الدولي غارات على مواقع داعش في بلدة الهبيط.", {("الهبيط", "isis", "held")}),
        ("سيطرت قوات التحالف على بلدة الهبيط.", set()),
        # Enab Baladi 2015: "وحدات الحماية المدعومة ... وغارات طيران التحالف الدولي ... تمكنت من السيطرة على".
        (
            "وكانت وحدات الحماية المدعومة بعناصر من الجيش الحر وغارات طيران التحالف الدولي، تمكنت من السيطرة "
            "على قرية الهبيط.",
            {("الهبيط", "sdf", "captured")},
        ),
        # Names added: the IRGC, Daraa's 8th Brigade (Russian-backed), Jaysh al-Thuwar and al-Sanadid (SDF).
        ("سيطر الحرس الثوري على بلدة الهبيط.", {("الهبيط", "government", "captured")}),
        ("سيطر جيش الثوار على بلدة الهبيط.", {("الهبيط", "sdf", "captured")}),
        ("سيطر مرتزقة أردوغان على بلدة الهبيط.", {("الهبيط", "sna", "captured")}),
    ],
)
def test_forces_that_are_no_side_and_more_side_names(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Mayadeen 2018: "وهناك تمهيد ناري كثيف باتجاه تل سلطان القريبة من سراقب": preparatory fire is an attack;
        # the town the target lies near is a landmark.
        (
            "دخل الجيش السوري قرية الهبيط وهناك تمهيد ناري كثيف باتجاه قرية سكيك القريبة من خان شيخون.",
            {("الهبيط", "government", "captured"), ("سكيك", "government", "attacked")},
        ),
        # Micro Syria 2016: "تصدت كتائب الثوار ... لمحاولة قوات النظام وميليشياته التقدم على بلدة السرمانية".
        (
            "تصدت كتائب الثوار صباح اليوم لمحاولة قوات النظام وميليشياته التقدم على بلدة الهبيط في سهل الغاب.",
            {("الهبيط", "opposition", "held")},
        ),
    ],
)
def test_preparatory_fire_places_near_a_landmark_and_advances_pushed_back(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_the_side_a_relative_clause_belongs_to(index):
    # Vedeng 2017: "انسحابات متتالية من قبل تنظيم داعش على الجبهات مع قوات سوريا الديمقراطية، التي تمكّنت من
    # السّيطرة على": the side before التي took the places, not the sentence's first side.
    text = "انسحابات متتالية من قبل تنظيم داعش على الجبهات مع قوات سوريا الديمقراطية، التي تمكّنت من السّيطرة على قرية الهبيط."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "sdf", "captured") in claims
    assert ("الهبيط", "isis", "captured") not in claims


def test_our_units_are_the_side_a_statement_names_as_ours(index):
    # YPG Rojava 2015: "المقاومة ... التي تبديها وحداتنا وحدات حماية الشعب ... قامت وحداتنا بتنفيذ عملية ... اسفرت
    # عن تحرير كل من قرى".
    text = (
        "المقاومة التي تبديها وحداتنا وحدات حماية الشعب ضد المجموعات الإرهابية مستمرة. "
        "وقامت وحداتنا بتنفيذ عملية اسفرت عن تحرير قرية الهبيط."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "sdf", "captured")}
    # ... and "قواتنا" alone says nothing of whose forces they are.
    claims, _ = claims_of("وقامت قواتنا بتنفيذ عملية اسفرت عن تحرير قرية الهبيط.", index)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dot Misr 2018: "أن الطيران الحربي قصف مناطق في إدلب ... استهدفت إحدى الغارات منطقة معرة النعمان": unflagged
        # warplanes are the government side's (Russia's are in its bloc).
        (
            "وأعلن الدفاع المدني أن الطيران الحربي قصف بلدة الهبيط بالقنابل العنقودية.",
            {("الهبيط", "government", "attacked")},
        ),
        # ... while Turkey's are named so.
        ("قصف الطيران الحربي التركي قرية الهبيط.", {("الهبيط", "sna", "attacked")}),
        # Arab Turkey 2024: "مدينتي تلبيسة والرستن، التي سيطرت عليهما الفصائل المعارضة مؤخراً، بالإضافة إلى نقاط في
        # بلدة الدار الكبيرة": the places before the relative were taken, not the one after.
        (
            "شمل الانسحاب مواقع في محيط بلدتي الهبيط وسكيك، التي سيطرت عليهما الفصائل المعارضة مؤخراً، بالإضافة إلى نقاط في بلدة عابدين.",
            {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")},
        ),
        # Akhbar Al-Aan 2013: "ومن بين القرى التي سيطر عليها الثوار في حلب ديمان وحسينية": listed after the relative.
        (
            "ومن بين القرى التي سيطر عليها الثوار في ريف إدلب بلدتا الهبيط وسكيك.",
            {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")},
        ),
        # Okaz 2018: "عملية اجلاء مقاتلين معارضين من مناطق سيطرتهم في حمص": the areas they hold, no capture.
        ("بدأت اليوم عملية اجلاء مقاتلين معارضين من مناطق سيطرتهم في خان شيخون.", set()),
    ],
)
def test_unflagged_warplanes_relative_captures_and_areas_of_control(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Baath 2016 (SANA): "نفذت عمليات ورمايات دقيقة على تحركات وأوكار إرهابيي التنظيم التكفيري في حيي الرشدية
        # والصناعة وقرية الجفرة": the side whose positions lie in the places holds them.
        (
            "قصف الجيش العربي السوري تحركات وأوكار إرهابيي داعش في قرية الهبيط وبلدة سكيك.",
            {
                ("الهبيط", "government", "attacked"),
                ("سكيك", "government", "attacked"),
                ("الهبيط", "isis", "held"),
                ("سكيك", "isis", "held"),
            },
        ),
        # Al-Eshraq 2017: "ودمر سلاحا الجو والمدفعية تحصينات ومقرات وآليات لتنظيم داعش الإرهابي في مدينتي موحسن
        # والميادين وقرى بقرص" (the ال of آليات is no article).
        (
            "ودمر الجيش العربي السوري تحصينات وآليات لتنظيم داعش الإرهابي في مدينة خان شيخون وقرى الهبيط وسكيك.",
            {
                ("خان شيخون", "government", "attacked"),
                ("الهبيط", "government", "attacked"),
                ("سكيك", "government", "attacked"),
                ("خان شيخون", "isis", "held"),
                ("الهبيط", "isis", "held"),
                ("سكيك", "isis", "held"),
            },
        ),
        # Micro Syria 2016: "واستهدفوا أيضاّ بصواريخ الغراد مواقع قوات النظام في بلدة شطحة".
        (
            "واستهدف الثوار بصواريخ الغراد مواقع قوات النظام في بلدة الهبيط.",
            {("الهبيط", "opposition", "attacked"), ("الهبيط", "government", "held")},
        ),
        # ... not a place named after the positions' town by a direction ("في مدينة القريتين جنوب شرق مدينة حمص"),
        # nor one near them.
        (
            "قصف الجيش العربي السوري مقرات داعش في قرية الهبيط جنوب شرق مدينة خان شيخون.",
            {("الهبيط", "government", "attacked"), ("الهبيط", "isis", "held")},
        ),
        ("قصف الجيش العربي السوري مواقع داعش قرب قرية الهبيط.", set()),
    ],
)
def test_the_side_whose_positions_lie_in_a_place_holds_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Hawar 2019: "يستمر جيش الاحتلال التركي ومرتزقته ... يشن جيش الاحتلال ومرتزقته هجمات على قرى مرزعة حمدوش، داودية":
        # attacks told in the present, and "the occupation" is the occupier the report names in full.
        (
            "يستمر جيش الاحتلال التركي بخرق وقف إطلاق النار. يشن جيش الاحتلال ومرتزقته هجمات على قريتي الهبيط وسكيك.",
            {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")},
        ),
        # ... or the one state whose fire the report names by its adjective (SDF Press 2021: "القصف التركي").
        (
            "تسبب القصف التركي بالمدفعية الثقيلة على قرى عابدين وتل تمر باستشهاد الطفل. وكثف الاحتلال منذ صباح اليوم"
            " قصفه على قرى الهبيط، سكيك.",
            {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")},
        ),
        # ... and with no occupier named in full, "جيش الاحتلال" is not the state's army.
        ("يشن جيش الاحتلال ومرتزقته هجمات على قريتي الهبيط وسكيك.", set()),
        ("وتستهدف قوات النظام بالمدفعية الثقيلة بلدة الهبيط.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_attacks_in_the_present_and_the_occupation_a_report_names(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Modon via INN 2024: "كما سحبت الفرقة جميع حواجزها العسكرية من مدن وبلدات زاكية والكسوة وخان الشيح".
        (
            "كما سحبت قوات النظام جميع حواجزها العسكرية من بلدتي الهبيط وسكيك.",
            {("الهبيط", "government", "withdrew"), ("سكيك", "government", "withdrew")},
        ),
        # 7al 2019: "سحبت العشرات من مقاتليها إلى مدينة عفرين": where fighters are sent is not left (it is held).
        ("وسحبت قوات النظام العشرات من مقاتليها إلى مدينة خان شيخون.", {("خان شيخون", "government", "held")}),
        # Anadolu 2018: "من المنتظر أن تسحب الولايات المتحدة الأمريكية جنودها منها": the US is no side of the map.
        ("ومن المنتظر أن تسحب الولايات المتحدة الأمريكية جنودها من بلدة الهبيط.", set()),
    ],
)
def test_a_side_pulling_its_forces_out_of_a_place_withdrew(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SMART 2017: "وبذلك تمكنت قسد من محاصرة التنظيم في بلدات وقرى الغسانية والكليب": the besieger attacks, the
        # besieged hold the places (the noun's side is the subject's, not the side after it).
        (
            "وبذلك تمكنت قسد من محاصرة التنظيم في بلدات وقرى الهبيط وسكيك.",
            {
                ("الهبيط", "sdf", "attacked"),
                ("سكيك", "sdf", "attacked"),
                ("الهبيط", "isis", "held"),
                ("سكيك", "isis", "held"),
            },
        ),
        # SMART 2017: "وحاصرت عناصر تنظيم الدولة في بلدة الكسرة": after a siege verb, the besieged follow its subject.
        (
            "وحاصرت قسد عناصر داعش في قرية الهبيط.",
            {("الهبيط", "sdf", "attacked"), ("الهبيط", "isis", "held")},
        ),
    ],
)
def test_a_siege_is_the_besiegers_attack_and_the_besieged_sides_hold(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Waght 2018: "كما يقترب الجيش السوري من السيطرة على بلدة مسرابا": near a capture is no capture yet.
        ("كما يقترب الجيش السوري من السيطرة على بلدة الهبيط.", set()),
        # 24.ae 2014: "المعركة تهدف إلى تحرير النقاط التالية: مدينة البعث": an aim, no capture.
        ("وأعلنت الفصائل معركة تهدف إلى تحرير بلدة الهبيط.", {("الهبيط", "opposition", "attacked")}),
        # Shaam 2019: "أعلن الجيش الوطني السوري عن سيطرته على عدة قرى بمحور مدينة تل أبيض": the front, not the town.
        ("أعلن الجيش الوطني السوري عن سيطرته على عدة قرى بمحور مدينة خان شيخون.", set()),
    ],
)
def test_near_a_capture_an_aim_and_villages_on_a_towns_front(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_control_given_back_with_the_side_between_verb_and_noun_is_a_recapture(index):
    # Buratha 2013: "سقطت مدينة تلكلخ منذ يومين بيد الجيش السوري مجدداً، حيث أعادت قواته السيطرة عليها".
    claims, _ = claims_of("حيث أعادت قوات النظام السيطرة على بلدة الهبيط.", index)
    assert claims == {("الهبيط", "government", "recaptured")}
    # ... while SANA's "أعادت الأمن والاستقرار إلى" is its capture.
    claims, _ = claims_of("وأعادت وحدات الجيش الأمن والاستقرار إلى بلدة الهبيط.", index)
    assert claims == {("الهبيط", "government", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Akhbar Al-Aan 2013: "سقط قتلى وجرحى في قرية كفر هود بريف حماة جراء قصفها من مدفعية قوات النظام" (after a
        # sentence whose subject is the FSA): the side after من is who shelled.
        (
            "وأفاد المركز أن الجيش الحر دمر حاجزا. وسقط قتلى في قرية الهبيط جراء قصفها من مدفعية قوات النظام.",
            {("الهبيط", "government", "attacked")},
        ),
        ("سقط قتلى في قرية الهبيط جراء قصف مدفعي من قوات النظام.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_the_side_after_min_is_who_shelled(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANA 2019: "إلا أن قوات النظام التركي احتلت قريتي المحمودية والدربو": occupying is capturing, and
        # "the Turkish regime" is Turkey's side, not the Syrian government's.
        (
            "إلا أن قوات النظام التركي احتلت قريتي الهبيط وسكيك بريف إدلب.",
            {("الهبيط", "sna", "captured"), ("سكيك", "sna", "captured")},
        ),
        # Al-Hikmeh 2018: "احتلت عصابات داعش الارهابية، اليوم الجمعة، أجزاء من مدينة البوكمال".
        (
            "احتلت عصابات داعش الارهابية، اليوم الجمعة، أجزاء من مدينة خان شيخون.",
            {("خان شيخون", "isis", "captured")},
        ),
        # ... but an occupation tried is an attack.
        (
            "ضمن محاولات الاحتلال التركي ومرتزقته احتلال قريتي الهبيط وسكيك.",
            {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")},
        ),
        # Qasioun 2016: "بعد أن تراجعت المعارضة اليوم عن عدد من القرى والبلدت، ومنها بلدة الراعي".
        (
            "بعد أن تراجعت المعارضة اليوم عن عدد من القرى، ومنها بلدة الهبيط.",
            {("الهبيط", "opposition", "withdrew")},
        ),
        # Boswtol 2013: "قصفت طائرات النظام السوري أمس أحياء الخالدية وباب هود، وهي مناطق تسيطر عليها قوات المعارضة".
        (
            "قصفت طائرات النظام السوري أمس بلدتي الهبيط وسكيك، وهي مناطق تسيطر عليها قوات المعارضة.",
            {
                ("الهبيط", "government", "attacked"),
                ("سكيك", "government", "attacked"),
                ("الهبيط", "opposition", "held"),
                ("سكيك", "opposition", "held"),
            },
        ),
    ],
)
def test_occupying_falling_back_and_areas_a_side_controls(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Deir Ezzor 24 2019: "بات تنظيم داعش يسيطر على أجزاء صغيرة جداََ وهي أجزاء من قرية المراشدة": now holds.
        ("بات تنظيم داعش يسيطر على أجزاء من قرية الهبيط.", {("الهبيط", "isis", "held")}),
        # Zaman al-Wasl 2012: "الذين اصبحوا يفرضون سيطرتهم بشكل كامل على عدد من الاحياء الشرقية (هنانو ...)".
        (
            "وعناصر الجيش الحر الذين اصبحوا يفرضون سيطرتهم على بلدة الهبيط.",
            {("الهبيط", "opposition", "held")},
        ),
        # ... but "became" with a past capture is still the capture.
        ("وأصبحت الفصائل قد سيطرت على بلدة الهبيط.", {("الهبيط", "opposition", "captured")}),
    ],
)
def test_became_with_control_in_the_present_is_a_hold(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_confining_a_side_to_places_is_a_siege():
    # Roz Press 2019: "تمكنت قسد ... من السيطرة على كامل بلدة السوسة ومحيطها ولتحصر تنظيم داعش الإرهابي في بلدة
    # الباغوز فوقاني": the capture stops where the siege begins.
    idx = SimpleIndex(IDLIB, {p.id: [p.name_ar] for p in IDLIB})
    text = "تمكنت قسد من السيطرة على كامل بلدة سكيك ومحيطها ولتحصر تنظيم داعش الإرهابي في بلدة الهبيط."
    claims, _ = claims_of(text, idx)
    assert claims == {("سكيك", "sdf", "captured"), ("الهبيط", "sdf", "attacked"), ("الهبيط", "isis", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syria Observer 2013: "اقتحم تنظيم “جبهة النصرة” بالاشتراك مع “جيش الإسلام” فجر اليوم مدينة عدرا العمالية ...
        # وسيطر عليها": "تنظيم" introduces the name after it, it is not IS.
        (
            'اقتحم تنظيم "جبهة النصرة" فجر اليوم بلدة الهبيط وسيطر عليها.',
            {("الهبيط", "opposition", "captured")},
        ),
        # Enab Baladi 2013: "ببدء معركة تحرير دير الزور التي سقط خلالها حوالي 70 شهيدًا": a battle's name, no capture
        # - but the battle launched is an attack on the town (the corpus rule of a stated aim; the two annotations of
        # this text, blind33 and blind35-b, disagree on it).
        (
            "قامت كتائب من الجيش الحر ببدء معركة تحرير خان شيخون التي سقط خلالها شهداء.",
            {("خان شيخون", "opposition", "attacked")},
        ),
        # Al-Araby 2016: "صعوداً من قرية الكبير باتجاه الدرة"; Syria Observer 2013: "قادمة من منطقة دوما، اقتحمت": the
        # attacker holds where it came from.
        (
            "وشنت قوات النظام هجوما صعوداً من قرية عابدين باتجاه بلدة الهبيط.",
            {("عابدين", "government", "held"), ("الهبيط", "government", "attacked")},
        ),
        # Sabr 2016: "سيطر فصيل جند الأقصى وفصائل من المعارضة المسلحة على مدينتي صوران وطيبة الإمام".
        (
            "سيطر فصيل جند الأقصى وفصائل من المعارضة المسلحة على بلدتي الهبيط وسكيك.",
            {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")},
        ),
    ],
)
def test_a_named_organisation_a_battles_name_where_an_attack_came_from_and_jund_al_aqsa(
    index, text, expected
):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Modon 2022: "إن طائرة حربية تركية أغارت ليل الاحد/الأثنين، بعدد من الصواريخ الفراغية على مواقع ... في قرى".
        (
            "إن طائرة حربية تركية أغارت ليل الاحد بعدد من الصواريخ على قريتي الهبيط وسكيك.",
            {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")},
        ),
        # SOHR 2022: "نتيجة قصف طائرات حربية روسية منزل ومنشأة صناعية في منطقة الشيخ يوسف".
        ("نتيجة قصف طائرات حربية روسية منزلا في بلدة الهبيط.", {("الهبيط", "government", "attacked")}),
        # Human Voice 2018: "حيث دخلت إلى بلدات “الغنطو وتلبيسة” ... لتقوم برفع علم النظام فوق المؤسسات الحكومية التي
        # خرجت عن سيطرتها لسبعِ سنوات": a side does not lose what the same sentence says it took.
        (
            "حيث دخلت قوات النظام إلى بلدة الهبيط لتقوم برفع علمها فوق المؤسسات التي خرجت عن سيطرتها لسبع سنوات.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_warplanes_named_by_their_country_and_no_loss_beside_a_capture(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANA 2015: "وكان إرهابيون من تنظيم داعش ارتكبوا في 22 الشهر الماضي مجزرة بحق أهالي قريتي تل مغاص وأم رقبة":
        # a massacre is an attack, and the side is the one the fighters are "from".
        (
            "وكان إرهابيون من تنظيم داعش ارتكبوا مجزرة بحق أهالي قريتي الهبيط وسكيك.",
            {("الهبيط", "isis", "attacked"), ("سكيك", "isis", "attacked")},
        ),
        # Al-Baath 2016 (SANA): "نفذت عمليات ورمايات دقيقة على تحركات وأوكار إرهابيي التنظيم التكفيري في حيي".
        (
            "وأفاد مصدر عسكري بأن وحدات من الجيش نفذت رمايات دقيقة على أوكار إرهابيي داعش في قرية الهبيط.",
            {("الهبيط", "government", "attacked"), ("الهبيط", "isis", "held")},
        ),
        # Al Mayadeen 2018: "وقصف تركي عنيف يستهدفهما" is told in the present with its object pronoun; Ennahar 2013:
        # "عدة قرى علوية هاجمها مقاتلو المعارضة".
        (
            "يلوحون من سطح برج للجيش فى قرية الهبيط وهى واحدة من عدة قرى علوية هاجمها مقاتلو المعارضة اليوم.",
            {("الهبيط", "opposition", "attacked")},
        ),
        ("وتعرضت قرية الهبيط لمداهمات نفذتها قوات النظام.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_massacres_raids_and_firing_are_attacks_by_the_side_named(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Enab Baladi 2017: "بينما انسحبت الفصائل إلى نقاط تمركزها في الشيخ سعد": where a side falls back to, it holds.
        ("بينما انسحبت الفصائل إلى نقاط تمركزها في بلدة الهبيط.", {("الهبيط", "opposition", "held")}),
        (
            "انسحبت قوات النظام من بلدة الهبيط إلى مدينة خان شيخون.",
            {("الهبيط", "government", "withdrew"), ("خان شيخون", "government", "held")},
        ),
        # ... not where it flees towards, nor "as far as" (Al-Modon 2024: "وصولاً إلى قرى بيت جن وبيت سابر").
        ("وفرت قوات النظام من بلدة الهبيط باتجاه مدينة خان شيخون.", {("الهبيط", "government", "withdrew")}),
        (
            "كما سحبت قوات النظام حواجزها من بلدة الهبيط، وصولاً إلى قرية سكيك.",
            {("الهبيط", "government", "withdrew")},
        ),
    ],
)
def test_where_a_side_falls_back_to_it_holds(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al Mayadeen 2017: "فإنّ حركة أحرار الشام اقتحمت بلدة حزارين جنوب إدلب بالدبابات لاستعادتها من النصرة": a
        # storming with its aim told is the fight for the place, not its capture.
        (
            "فإن حركة أحرار الشام اقتحمت بلدة الهبيط بالدبابات لاستعادتها من النصرة.",
            {("الهبيط", "opposition", "attacked")},
        ),
        # ... "وأضافت أنّ جبهة النصرة تسيطر على صوامع سراقب": silos named after a town are not the town.
        ("وأضافت أن جبهة النصرة تسيطر على صوامع خان شيخون بعد اقتحامها بالدبابات.", set()),
    ],
)
def test_a_storming_with_its_aim_and_silos_named_after_a_town(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Akhbar Al-Aan 2014: "مع بدء معركة ... للسيطرة على حواجز قوات النظام ... ، استطاع الثوار في اليوم الاول من
        # المعركة تحريرَ قرية كفرباسين": the side after the verb of ability takes the village.
        (
            "مع بدء المعركة للسيطرة على حواجز قوات النظام، استطاع الثوار في اليوم الاول من المعركة تحرير قرية الهبيط.",
            {("الهبيط", "opposition", "captured")},
        ),
        # Al-Alam 2013 (AFP): "وتمكن الاكراد من السيطرة على مدينة راس العين" — but "جبل الأكراد" is a range.
        ("وتمكن الاكراد من السيطرة على مدينة خان شيخون.", {("خان شيخون", "sdf", "captured")}),
        ("قصفت قوات النظام قرى جبل الأكراد ومنها بلدة الهبيط.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_the_side_after_a_verb_of_ability_and_the_kurds(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_a_word_of_a_place_name_is_no_trigger(index):
    # The Levant News 2020: "واستعادت أيضا بلدات "آفس"، و"مجازر" و"الصالحية"" (Majazir: a village, not massacres).
    idx = SimpleIndex(
        IDLIB + [P(20, "مجازر", "Majazir", "village", 35.80, 36.75, "SY07")],
        {p.id: [p.name_ar] for p in IDLIB} | {20: ["مجازر"]},
    )
    claims, _ = claims_of('واستعادت فصائل المعارضة بلدات "الهبيط"، و"مجازر" و"سكيك".', idx)
    assert claims == {
        ("الهبيط", "opposition", "recaptured"),
        ("مجازر", "opposition", "recaptured"),
        ("سكيك", "opposition", "recaptured"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dimoqrati 2015 (Anadolu): "وكان مصطفى السفراني القيادي في لواء التحرير بالجيش الحر، أفاد ... أن القوات المشتركة
        # تقدمت في قرى رزاكي ورفح" after "سيطرت وحدات حماية الشعب ...": the speaker's side is not the subject.
        (
            "سيطرت وحدات حماية الشعب على بلدة خان شيخون. وكان القيادي في لواء التحرير بالجيش الحر، أفاد اليوم، أن"
            " القوات المشتركة تقدمت في قرى الهبيط وسكيك.",
            {("خان شيخون", "sdf", "captured"), ("الهبيط", "sdf", "captured"), ("سكيك", "sdf", "captured")},
        ),
        # Algeria Today 2016: "وقال متحدث بإسم تحالف سورية الديمقراطية إن SDF إنهم سيطروا على عدد من القرى": "they".
        (
            "وقال متحدث باسم قوات سوريا الديمقراطية إنهم سيطروا على قرى الهبيط وسكيك.",
            {("الهبيط", "sdf", "captured"), ("سكيك", "sdf", "captured")},
        ),
    ],
)
def test_a_speakers_side_is_the_subject_only_of_what_they_say_of_themselves(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_forcing_a_side_to_withdraw_is_an_expulsion(index):
    # Al-Sharq 2012: "وقال المتحدث إن الجيش الحر أجبر كتائب الأسد على الانسحاب أمس من عدة مواقع وهي قرية كفرعويد".
    claims, _ = claims_of(
        "وقال المتحدث إن الجيش الحر أجبر كتائب الأسد على الانسحاب أمس من قرية الهبيط.", index
    )
    assert claims == {("الهبيط", "opposition", "captured"), ("الهبيط", "government", "withdrew")}
    claims, _ = claims_of("أجبر الجيش الحر قوات النظام على الانسحاب من قرية الهبيط.", index)
    assert claims == {("الهبيط", "opposition", "captured"), ("الهبيط", "government", "withdrew")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Shahba News 2014: "استطاع التنظيم السيطرة على قرى X وY ... بعد انسحاب "جبهة النصرة" وعدة كتائب إسلامية من
        # المنطقة": a side that left "the area" left no village named before.
        (
            'استطاع تنظيم داعش السيطرة على قرى الهبيط وسكيك بعد انسحاب "جبهة النصرة" وعدة كتائب إسلامية من المنطقة.',
            {("الهبيط", "isis", "captured"), ("سكيك", "isis", "captured")},
        ),
        # Al-Jamal 2014: "وسجلّ أكثر من 60 غارة جوية على مقارّ المسلحين في بلدت داعل وإنخل ونوى".
        (
            "وسجل أكثر من 60 غارة جوية على مقارّ المسلحين في بلدات الهبيط وسكيك.",
            {("الهبيط", "opposition", "held"), ("سكيك", "opposition", "held")},
        ),
    ],
)
def test_leaving_the_area_and_headquarters_written_maqar(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TRT Arabi 2019 (Anadolu): "ونجح الجيشان الجمعة، في تحرير قريتَي تل حلف وأصفر نجار ... من قبضة تنظيم PKK/YPG
        # الإرهابي": the two armies are Turkey's side, PKK/YPG the SDF's, not "تنظيم" read as IS.
        (
            "تمكّن الجيشان التركي والوطني السوري من تحرير قريتي الهبيط وسكيك من قبضة تنظيم PKK/YPG الإرهابي.",
            {
                ("الهبيط", "sna", "captured"),
                ("سكيك", "sna", "captured"),
                ("الهبيط", "sdf", "withdrew"),
                ("سكيك", "sdf", "withdrew"),
            },
        ),
        # Nour News 2019: "وبالسيطرة على هذه البلدة يمكن للجيش السوري والقوات الحليفة إطباق الحصار على كبرى بلدات ريف
        # حماة الشمالي وهي اللطامنة ومورك وكفرزيتا": "this town" is the one told before, not the towns after.
        ("وبالسيطرة على هذه البلدة يمكن للجيش السوري إطباق الحصار على بلدتي الهبيط وسكيك.", set()),
    ],
)
def test_turkeys_two_armies_the_pkk_and_a_capture_of_this_town(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_control_in_the_present_reported_or_opening_a_clause_is_a_hold():
    places = [
        (P(1, "حلب", "Aleppo", "city", 36.2031, 37.1409, "SY02"), ["حلب"]),
        (P(2, "رأس العين", "Ras Al Ain", "city", 36.8500, 40.0700, "SY08"), ["رأس العين"]),
        (P(3, "السفيرة", "As-Safira", "city", 36.0774, 37.3701, "SY02"), ["السفيرة"]),
    ]
    idx = index_of(places)
    # Anadolu 2012; Zagros 2019: a side's statement that it controls a place.
    found, _ = claims_of('أعلن "الجيش السوري الحر"، أنه يسيطر على 70 بالمئة من مدينة حلب.', idx)
    assert found == {("حلب", "opposition", "held")}
    found, _ = claims_of("أعلنت قوات سوريا الديمقراطية، اليوم الأحد، أنها تسيطر على رأس العين.", idx)
    assert found == {("رأس العين", "sdf", "held")}
    found, _ = claims_of("وتسيطر قوات النظام على مدينة السفيرة منذ عام 2013.", idx)
    assert found == {("السفيرة", "government", "held")}
    # ... a headline's present ("قوات النظام تسيطر على مدينة السفيرة") still reports a capture.
    found, _ = claims_of("قوات النظام تسيطر على مدينة السفيرة.", idx)
    assert found == {("السفيرة", "government", "captured")}


def test_a_campaigns_aim_is_no_capture_and_a_village_after_a_capture_noun_is_its_object():
    places = [
        P(1, "دورين", "Durin", "village", 35.7596, 36.1550, "SY06"),
        P(2, "سلمى", "Salma", "town", 35.6872, 36.1414, "SY06"),
        P(3, "جب الأحمر", "Jeb Elahmar", "village", 35.7167, 36.2000, "SY06"),
    ]
    index = SimpleIndex(places, {p.id: [p.name_ar] for p in places})
    # Enab Baladi 2015: the government's aim (بغية) and the rebels' counter-attack that "wrested Durin".
    text = (
        "وتقع بلدة دورين جنوب بلدة سلمى الاستراتيجية في ريف اللاذقية الشمالي. وبدأت قوات الأسد حملة عسكرية واسعة في"
        " ريف اللاذقية، 9 تشرين الأول، بغية إحكام السيطرة على منطقة جب الأحمر وبلدة سلمى في جبل الأكراد، لكن هجومًا"
        " معاكسًا لفصائل المعارضة اليوم أفضى إلى انتزاع دورين وطرد قوات الأسد منها."
    )
    found, _ = claims_of(text, index, published=dt.date(2015, 10, 12))
    assert {c for c in found if c[2] == "captured"} == {("دورين", "opposition", "captured")}
    assert ("دورين", "government", "withdrew") in found
    assert ("جب الأحمر", "government", "attacked") in found


def test_a_sentence_naming_no_side_goes_on_with_the_last_sides_shelling():
    idx = index_of(
        [
            (P(1, "داعل", "Da'el", "town", 32.7538, 36.1304, "SY12"), ["داعل"]),
            (P(2, "أبطع", "Abtaa", "town", 32.7905, 36.1542, "SY12"), ["أبطع"]),  # C6031
        ]
    )
    # Syrian Mirror 2016: the regime's shelling of one town, then "Ibta' too came under similar shelling".
    text = "وقصفت قوات النظام بالمدفعية الثقيلة بلدة داعل في ريف درعا. كما تعرضت بلدة إبطع لقصف مماثل."
    assert claims_of(text, idx)[0] == {("داعل", "government", "attacked"), ("إبطع", "government", "attacked")}
    # ... but a sentence that names a side, and not as the shelling one, carries no shelling over.
    text = "وقصفت قوات النظام بلدة داعل. كما تعرضت مواقع فصائل المعارضة في بلدة إبطع لقصف مماثل."
    assert ("إبطع", "government", "attacked") not in claims_of(text, idx)[0]


def test_a_storming_with_no_capture_stated_is_an_attack():
    idx = index_of([(P(1, "كنسبا", "Kinsibba", "town", 35.7197, 36.2622, "SY06"), ["كنسبا"])])
    # Radio Tunisienne 2016: "the army stormed the strategic town of Kinsibba from more than one axis".
    text = (
        "اقتحم الجيش السوري والقوات الرديفة الثلاثاء 16 فيفري 2016 بلدة كنسبا الاستراتيجية من أكثر من محور "
        "في ريف اللاذقية الشمالي."
    )
    assert claims_of(text, idx)[0] == {("كنسبا", "government", "attacked")}
    # ... a storming the sentence says ended in control is a capture.
    text = "اقتحم الجيش السوري بلدة كنسبا وسيطر عليها بالكامل."
    assert claims_of(text, idx)[0] == {("كنسبا", "government", "captured")}


def test_a_side_named_by_whom_it_is_loyal_to_is_of_that_side():
    idx = index_of(
        [
            (P(1, "المزرعة", "Mazraa", "town", 32.77845, 36.47855, "SY13"), ["المزرعة"]),  # C6164
            (P(2, "كناكر", "Kanaker", "village", 32.66386, 36.50986, "SY13"), ["كناكر"]),  # C6155
            (
                P(3, "الفوعة", "Foah", "town", 35.9829, 36.7022, "SY07"),
                ["الفوعة"],
            ),  # OCHA, as the corpus has it
        ]
    )
    # Misr Elaan 2025: "gunmen loyal to the Syrian government withdrew from al-Mazraa and Kanaker".
    text = "أفادت وسائل إعلام سورية بأن عدداً من المسلحين الموالين للحكومة السورية انسحبوا من مناطق المزرعة وكناكر."
    assert claims_of(text, idx)[0] == {
        ("المزرعة", "government", "withdrew"),
        ("كناكر", "government", "withdrew"),
    }
    # SANA 2017: the patron is the name after the generic "تنظيم" (Nusra, not the Islamic State).
    text = (
        "أصيب شخصان جراء قصف المجموعات الإرهابية التابعة لتنظيم جبهة النصرة بلدة الفوعة المحاصرة بريف إدلب."
    )
    assert claims_of(text, idx)[0] == {("الفوعة", "opposition", "attacked")}


def test_hts_stays_opposition_in_an_article_that_names_turkish_backed_factions():
    idx = index_of(
        [
            (P(1, "حلفايا", "Halfaya", "town", 35.26315, 36.60335, "SY05"), ["حلفايا"]),  # C3453
            (P(2, "مورك", "Murak", "village", 35.36761, 36.69166, "SY05"), ["مورك"]),  # C3029
        ]
    )
    # Mogaz Masr 2024: HTS-led groups took northern Hama; later "factions of the National Army loyal to Turkey".
    text = (
        "وكانت التنظيمات المسلحة بقيادة هيئة تحرير الشام قد سيطرت على العديد من البلدات، من بينها حلفايا ومورك. "
        "ما أدى إلى مقتل ثلاثة عناصر من فصائل الجيش الوطني الموالية لتركيا."
    )
    assert claims_of(text, idx)[0] == {
        ("حلفايا", "opposition", "captured"),
        ("مورك", "opposition", "captured"),
    }


@pytest.mark.parametrize(
    "relative",
    [
        "والتي كان النظام استطاع السيطرة عليها قبل أشهر من الآن",  # Shabab Post 2016, as written
        "والتي كان النظام قد سيطر عليها قبل أشهر",
        "والتي سيطر عليها النظام قبل أشهر",
    ],
)
def test_a_relative_clause_with_its_own_subject_and_a_town_the_way_is_paved_to(relative):
    # (no source lists al-Mukhtara: the village named after its cue comes back unresolved)
    idx = index_of([(P(2, "سلمى", "Salma", "village", 35.68717, 36.14143, "SY06"), ["سلمى"])])  # C3704
    # "Jaysh al-Fatah freed al-Mukhtara, paving the way to Salma, which the regime had taken months ago".
    text = f"كما استطاع جيش الفتح تحرير قرية المختارة، ممهداً الطريق إلى بلدة سلمى الاستراتيجية، {relative}."
    assert claims_of(text, idx)[0] == {
        ("المختارة", "opposition", "captured"),
        ("سلمى", "government", "captured"),
    }


def test_places_a_change_took_are_not_what_a_later_word_in_the_sentence_is_about():
    idx = index_of(
        [
            (P(2, "الشعثة", "Shatheh", "village", 35.35358, 36.89498, "SY05"), ["الشعثة"]),  # C3017
            (P(3, "الطليسية", "Tleisiyeh", "village", 35.36794, 36.91303, "SY05"), ["الطليسية"]),  # C3022
        ]
    )
    # SOHR 2016: "... after it had taken al-Shaatha and al-Tleisiyeh hours before; fighters were killed in the
    # shelling and clashes" — the shelling the fighters died in is no attack on the villages just taken. (No
    # source lists Karah: the village named after its cue comes back unresolved.)
    text = (
        "وسط تقدم جديد لقوات النظام وسيطرته على قرية كراح وذلك بعد ان كانت قد سيطرت قبل ساعات على قرى الشعثة "
        "والطليسية، كما قضى عدد من مقاتلي الفصائل في القصف والاشتباكات."
    )
    assert claims_of(text, idx)[0] == {
        ("كراح", "government", "captured"),
        ("الشعثة", "government", "captured"),
        ("الطليسية", "government", "captured"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Iraqi and Syrian allied militias named by their own names are the government's side.
        ("سيطرت عصائب أهل الحق على تل دكوة.", {("تل دكوة", "government", "captured")}),
        ("سيطرت ميليشيات لواء أبو الفضل العباس على تل دكوة.", {("تل دكوة", "government", "captured")}),
        # Islamic State's provinces are its own names ("ولاية حمص").
        ("أعلن ولاية حمص سيطرته على تل الدخان.", {("تل الدخان", "isis", "captured")}),
        # A Badia rebel faction by its name.
        ("وفي ريف دمشق سيطر جيش أسود الشرقية على تل دكوة.", {("تل دكوة", "opposition", "captured")}),
    ],
)
def test_factions_and_militias_named_by_their_own_names_take_their_side(text, expected):
    idx = index_of(
        [
            (P(1, "تل دكوة", "Tall Dakwa", "hill", 33.422, 36.9346, "SY03"), ["تل دكوة"]),  # Wikipedia map
            (P(2, "تل الدخان", "Tall ad Dukhan", "hill", 33.36, 36.98, "SY03"), ["تل الدخان"]),
        ]
    )
    claims, _ = claims_of(text, idx)
    assert claims == expected


def test_a_faction_named_after_the_places_it_took_is_found_in_the_sentence():
    from frontline.extraction.actors import _find_actors, default_actors
    from gazetteer.geoparse import tokenize

    # Revolutionary Forces of Syria media office 2017: "... and Jaysh Usud al-Sharqiya has full control of them".
    text = "وفي ريف دمشق تم تحرير تل دكوة ومحيطها وبير القصب والصريخي وتل الدخان وهناك سيطرة كاملة لجيش أسود الشرقية عليها"
    words = [t for t in tokenize(text) if t.is_word]
    found = [
        (" ".join(t.text for t in words[a:e]), ref.bloc)
        for a, e, ref in _find_actors(words, default_actors())
    ]
    assert found == [("لجيش أسود الشرقية", "opposition")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Muhassan network via Zaman Masdar 2014: the side that brings reinforcements into a village holds it.
        (
            "وقالت الشبكة إن قوات الأسد قامت باستقدام تعزيزات عسكرية إلى قرية الهبيط.",
            {("الهبيط", "government", "held")},
        ),
        # Mogaz Masr 2024: "the Syrian forces sent large reinforcements to the city".
        ("أرسلت القوات السورية تعزيزات ضخمة إلى مدينة خان شيخون.", {("خان شيخون", "government", "held")}),
        # Bokra 2018: reinforcements arriving for a side, named after them.
        ("وأشاروا إلى وصول تعزيزات عسكرية للقوات الحكومية إلى بلدة سكيك.", {("سكيك", "government", "held")}),
        # Daraa 2012: the regime's men deployed in towns after reinforcements were brought in.
        (
            "وانتشر عناصر النظام بعد استقدام تعزيزات في مدن عابدين وكفر عين مع اعتلاء القناصة المباني.",
            {("عابدين", "government", "held"), ("كفر عين", "government", "held")},
        ),
        # Reinforcements of a force that is no side of the map give no claim.
        ("أرسلت الولايات المتحدة تعزيزات إلى بلدة سكيك.", set()),
    ],
)
def test_a_side_that_brings_reinforcements_into_a_place_holds_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Rozana 2023 quoting SOHR: the towns shelled are said to lie under the regime's control.
        (
            'وقال "المرصد السوري لحقوق الإنسان" إن الفصائل العسكرية في ريف حلب الشمالي ردّت على استهدف مناطق من '
            "إدلب بقصف بلدتي نبل والزهراء الواقعتين تحت سيطرة النظام السوري، ما أدى إلى مقتل 3 أشخاص.",
            {
                ("نبل", "opposition", "attacked"),
                ("الزهراء", "opposition", "attacked"),
                ("نبل", "government", "held"),
                ("الزهراء", "government", "held"),
            },
        ),
        # Step News 2018: every town of the list "still under the opposition's control".
        (
            "بأنّ تنظيم الدولة (داعش) تراجع إلى مواقعه في حوض اليرموك، عصر اليوم، بعد فشله بالتقدّم على بلدات "
            "“غدير البستان – المعلقة – الجبيلية”، التي لا تزال تحت سيطرة فصائل المعارضة.",
            {
                ("غدير البستان", "opposition", "held"),
                ("المعلقة", "opposition", "held"),
                ("الجبيلية", "opposition", "held"),
            },
        ),
    ],
)
def test_places_said_to_lie_under_a_sides_control_are_held_every_one(text, expected):
    idx = index_of(
        [  # OCHA COD 2015 points
            (P(1, "نبل", "Nabul", "town", 36.3768, 36.9916, "SY02"), ["نبل"]),
            (P(2, "الزهراء", "Zahraa", "town", 36.3617, 37.009, "SY02"), ["الزهراء"]),
            (P(3, "غدير البستان", "Ghadir Elbostan", "village", 32.9193, 35.921, "SY14"), ["غدير البستان"]),
            (P(4, "المعلقة", "Maalaqa", "village", 32.9132, 35.8902, "SY14"), ["المعلقة"]),
            (P(5, "الجبيلية", "Jabaliyeh", "village", 32.8664, 35.9996, "SY12"), ["الجبيلية"]),
        ]
    )
    claims, _ = claims_of(text, idx)
    assert claims == expected


def test_a_capture_told_with_no_side_is_the_reports_taker_not_the_side_last_named_as_losing_men():
    idx = index_of(
        [
            (P(1, "القشلة", "Qeshlet Yusef Basha", "village", 36.4224, 38.1436, "SY02"), ["القشلة"]),  # C1834
            (P(2, "السعيدين", "Saidin", "village", 36.39, 38.17, "SY02"), ["السعيدين"]),
        ]
    )
    # Horrya 2025: the SNA took al-Qashla; SDF men were killed near al-Saeedin; "al-Qashla was taken" again.
    text = (
        "سيطر “الجيش الوطني السوري” على قرية القشلة القريبة من سد تشرين بريف منبج شرقي حلب، بعد معارك عنيفة "
        "مع ميليشيات “قوات سوريا الديمقراطية” (قسد).\n"
        "وأفادت عدة مصادر محلية على مواقع التواصل الاجتماعي عن سقوط عدة قتلى وجرحى من قوات ميليشيا قسد على "
        "محور قرية السعيدين وتلتها الاستراتيجية بالقرب من السد.\n"
        "و أضافت بأنه تمّت السيطرة اليوم الأربعاء على قرية القشلة بريف منبج قرب سد تشرين، بعد اشتباكات عنيفة "
        "بين عناصر الجيش الوطني، ضمن ما يُعرف بعمليات “فجر الحرية”، وميليشيات قسد."
    )
    claims, _ = claims_of(text, idx, published=dt.date(2025, 1, 8))
    assert ("القشلة", "sna", "captured") in claims
    assert not any(bloc == "sdf" and change == "captured" for _p, bloc, change in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Micro Syria 2015: the hills taken overlook the town; the town is not taken.
        (
            "إن مقاتلي جبهة النصرة وفصائل أخرى سيطروا على تلتي “الزيارة والخضرا” في جبال التركمان، وهما تلتان "
            "تطلان على بلدة “كباني”.",
            {("الزيارة", "opposition", "captured"), ("الخضرا", "opposition", "captured")},
        ),
        # Aajel 2018: the villages taken lie two kilometres from the city, which is a distance point.
        (
            'أعلنت قوات "الجيش السوري الحر" مساء اليوم الجمعة السيطرة على قرية الزيارة، تبعد عن مدينة كباني '
            "كيلومترين.",
            {("الزيارة", "opposition", "captured")},
        ),
        # Al-Arab 2015: the district lies between two others; they are not what was entered.
        (
            "كما تقدم تنظيم الدولة في حي الخضرا الواقع بين منطقتي الزيارة وكباني، جنوب دمشق.",
            {("الخضرا", "isis", "captured")},
        ),
        # Akhbar al-Aan 2013: villages counted, lying between a landmark and a town named with its own cue.
        (
            "سجل الجيش السوري الحر تقدما ميدانيا أمس في ريف حلب, محكما سيطرته على سبع قرى تقع بين قرية الزيارة "
            "وبلدة كباني ومطار حلب الدولي.",
            set(),
        ),
    ],
)
def test_places_named_as_vantage_distance_or_between_points_are_not_taken(text, expected):
    idx = index_of(
        [
            (P(1, "الزيارة", "Ziyara", "hill", 35.85, 36.12, "SY06"), ["الزيارة"]),
            (P(2, "الخضرا", "Khadra", "hill", 35.86, 36.13, "SY06"), ["الخضرا"]),
            (P(3, "كباني", "Kabani", "village", 35.7139, 36.237, "SY06"), ["كباني"]),
        ]
    )
    claims, _ = claims_of(text, idx)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Elwatan/Al Jazeera 2013: a brigade's base in a town is taken, not the town.
        ("أعلن الجيش السوري الحر سيطرته على اللواء 38 في بلدة سكيك بريف إدلب.", set()),
        # Al-Wafd 2018: the district centre taken belongs to Afrin; Afrin is not taken.
        (
            "أعلن الجيش التركي اليوم السبت، سيطرته على مركز ناحية الهبيط التابعة لخان شيخون.",
            {("الهبيط", "sna", "captured")},
        ),
        # Shia Waves 2015: control "by fire" over villages is no capture.
        ("وبعد ذلك يستطيع الجيش السيطرة ناريا على قريتي عابدين وكفر عين المجاورتين.", set()),
    ],
)
def test_a_units_base_a_district_and_fire_control_are_no_capture_of_the_town(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 963+ 2024: "the government forces fired 9 shells at the town".
        (
            "وقال مصدر محلي لموقع “963+”، إن القوات الحكومية أطلقت 9 قذائف على بلدة سكيك وقعت على منازل مدنيين.",
            {("سكيك", "government", "attacked")},
        ),
        # SOHR 2016: "two civilians were wounded by shells the factions fired at the town".
        (
            "أصيب مواطنان اثنان بجراح جراء سقوط قذائف أطلقتها الفصائل على مناطق في بلدة الهبيط.",
            {("الهبيط", "opposition", "attacked")},
        ),
        # Syria Observer via Thiqar 2017: "the regime keeps up its targeting of the districts".
        (
            "وفي ريف إدلب، يواصل النظام استهدافه لبلدتي عابدين وكفر عين في محاولة للسيطرة عليهما.",
            {("عابدين", "government", "attacked"), ("كفر عين", "government", "attacked")},
        ),
    ],
)
def test_shells_fired_or_falling_on_a_place_and_a_sides_targeting_are_attacks(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Algeria Today 2016: "al-Shaddadi, the main stronghold of the Daesh organisation".
        (
            "تحاصر قوات سورية الديمقراطية مدينة الهبيط المعقل الرئيسي لتنظيم داعش في الريف الجنوبي.",
            {("الهبيط", "sdf", "attacked"), ("الهبيط", "isis", "held")},
        ),
        # Shaam Times 2020 quoting Sputnik: "Kansafra, one of the largest strongholds of the Nusra Front".
        (
            "وقال مراسل سبوتنيك إن الجيش سيطر على بلدة عابدين التي تعد البوابة الجنوبية لمدينة خان شيخون، أحد أكبر "
            "معاقل تنظيم جبهة النصرة في ريف إدلب الجنوبي.",
            {("عابدين", "government", "captured"), ("خان شيخون", "opposition", "held")},
        ),
    ],
)
def test_a_stronghold_named_with_an_adjective_or_a_noun_before_its_side_is_held(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dpa via Dar al-Hilal 2017: Daesh handed over districts "under its control" to the government forces.
        (
            "سلم تنظيم داعش أغلب أحياء مدينة خان شيخون، الواقعة تحت سيطرته، للقوات الحكومية السورية، التي أمنت "
            "انسحاب مقاتليه إلى ضفة النهر الشرقية.",
            {("خان شيخون", "government", "captured"), ("خان شيخون", "isis", "withdrew")},
        ),
        # The same report goes on: the giver named again hands more over, then withdraws to a village it holds.
        (
            'سلم تنظيم داعش أحياء مدينة خان شيخون للقوات الحكومية. وقال مدير الشبكة إن "مسلحي داعش سلموا '
            'قريتي الهبيط وعابدين بدون قتال، وانسحبوا إلى قرية سكيك التي لا زالت تحت سيطرة التنظيم".',
            {
                ("خان شيخون", "government", "captured"),
                ("خان شيخون", "isis", "withdrew"),
                ("الهبيط", "government", "captured"),
                ("الهبيط", "isis", "withdrew"),
                ("عابدين", "government", "captured"),
                ("عابدين", "isis", "withdrew"),
                ("سكيك", "isis", "held"),
            },
        ),
        # A side taking over a town.
        ("وتسلمت قوات النظام بلدة كفر عين بعد خروج المسلحين منها.", {("كفر عين", "government", "captured")}),
        # IRNA 2013: fighters who "handed themselves and their weapons over" to the army hand over no place.
        (
            "أن أكثر من 200 عنصر من العصابات الإرهابية المسلحة سلموا أنفسهم وأسلحتهم للجيش العربي السوري في سكيك.",
            set(),
        ),
    ],
)
def test_a_handover_is_the_givers_withdrawal_and_the_receivers_capture(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Rai (Iraq) 2016: IS "tried their luck again to occupy" towns, then "launched attacks with rockets on" them.
        (
            "وحاول عناصر داعش الارهابيون واستمرارا لتحركات في ريف حمص الشرقي، اختبار حظهم مرة اخرى لاحتلال عدد من "
            "البلدات الاستراتيجية، فشنوا منذ اوائل صباح اليوم الجمعة هجمات بالصواريخ وقذائف الهاون على بلدات “الهبيط، "
            "سكيك وعابدين”.",
            {("الهبيط", "isis", "attacked"), ("سكيك", "isis", "attacked"), ("عابدين", "isis", "attacked")},
        ),
        # Tasnim 2015: losses "in air strikes of the Syrian warplanes on their headquarters in" towns.
        (
            "بالتوازي تكبدت المجموعات الإرهابية خسائر بالافراد والاليات خلال ضربات جوية للطيران الحربي السوري على "
            "مقراتهم في الهبيط وسكيك بريف إدلب.",
            {("الهبيط", "government", "attacked"), ("سكيك", "government", "attacked")},
        ),
    ],
)
def test_an_aim_to_occupy_is_no_capture_and_strikes_are_their_agents_attacks(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_a_withdrawal_from_them_is_from_the_places_just_taken_and_a_bracket_keeps_the_list():
    idx = index_of(
        [
            (P(1, "اقداش", "Iqdash", "village", 36.55, 37.75, "SY02"), ["اقداش"]),
            (P(2, "الشعيب", "Sheib", "village", 36.56, 37.76, "SY02"), ["الشعيب", "الجطل"]),
            (P(3, "حليصة", "Hleisa", "village", 36.57, 37.74, "SY02"), ["حليصة"]),
            (P(4, "بصلجة", "Basaljeh", "village", 36.58, 37.73, "SY02"), ["بصلجة"]),
            (P(5, "الباب", "Al Bab", "city", 36.3708, 37.5157, "SY02"), ["الباب"]),
            (P(6, "منبج", "Menbij", "city", 36.5278, 37.9551, "SY02"), ["منبج"]),
        ]
    )
    # Enab Baladi 2016: villages taken "after IS withdrew from them"; the towns after them only place them.
    text = (
        "وسيطرت فصائل “الحر” على قرى: اقداش، الشعيب (الجطل)، حليصة، بصلجة، بعد انسحاب تنظيم “الدولة” منها مساء "
        "أمس، وتقع جميعها في المنطقة بين مدن الباب ومنبج."
    )
    claims, _ = claims_of(text, idx, published=dt.date(2016, 11, 13))
    for village in ("اقداش", "الشعيب", "حليصة", "بصلجة"):
        assert (village, "opposition", "captured") in claims
        assert (village, "isis", "withdrew") in claims
    assert not any(place in ("الباب", "منبج") for place, _b, _c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AFP via BM Magazine 2025: "the Syrian authorities pulled their forces out of the city".
        (
            "وقال مدير المرصد رامي عبد الرحمن إن “السلطات السورية سحبت قواتها العسكرية من مدينة خان شيخون وكافة "
            "أنحاء المحافظة”.",
            {("خان شيخون", "government", "withdrew")},
        ),
        # Al-Arabiya via El-Yom News 2025: the (new) Syrian security forces reinforce a town.
        (
            "وأفادت “العربية” بأن الأمن السوري دفع بتعزيزات عسكرية كبيرة إلى سكيك، حيث لا تزال المواجهات مستمرة.",
            {("سكيك", "government", "held")},
        ),
    ],
)
def test_the_states_own_names_for_its_forces_are_the_government(index, text, expected):
    claims, _ = claims_of(text, index, published=dt.date(2025, 7, 17))
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syrian Mirror 2016: "several opposition factions began a new battle to retake control of the town".
        (
            "بدأت عدة فصائل معارضة اليوم الاثنين 24 تشرين الأول/أكتوبر 2016، معركة جديدة لاستعادة السيطرة على بلدة "
            "الهبيط في الغوطة الغربية بريف دمشق.",
            {("الهبيط", "opposition", "attacked")},
        ),
        # Hawar 2019: an offensive "to impose control" on a hill is an attack, not its capture.
        ("وشنت قوات النظام هجوما واسعا لفرض السيطرة على تل عاس.", {("تل عاس", "government", "attacked")}),
    ],
)
def test_control_aimed_at_with_a_lam_of_purpose_is_an_attack(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_the_factions_called_turkish_are_the_sna():
    # Syriac Press 2020: "the shells fired by the Turkish terrorist factions at the village".
    text = "وفي سياق منفصل، أودت القذائف التي أطلقتها الفصائل الإرهابية التركية على قرية سكيك، بحياة فتاة."
    claims, _ = claims_of(
        text, index_of([(P(1, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"), ["سكيك"])])
    )
    assert claims == {("سكيك", "sna", "attacked")}


def test_a_change_verb_is_read_in_every_person_and_number_but_not_as_a_name_or_noun():
    from frontline.extraction.vocabulary import (
        ATTACK_VERBS,
        CAPTURE_VERBS,
        HELD_VERBS,
        RECAPTURE_VERBS,
        WITHDREW_VERBS,
        conjugations,
    )

    # Plural and dual, present and past, with "it" as object: forms a list of examples would miss.
    assert {"يسيطرون", "تسيطران", "سيطرتا", "سيطرنا"} <= conjugations("سيطر", "سيطر")
    assert {"استعادوها", "يستعيدون", "استعدنا", "تستعيدان"} <= conjugations("استعاد", "ستعيد", "hollow")
    assert {"استولت", "استولوا", "يستولون"} <= conjugations("استولي", "ستولي", "defective")
    for pattern, forms in [
        (CAPTURE_VERBS, ["سيطرتا", "انتزعوا", "يحررون", "استولوا"]),
        (RECAPTURE_VERBS, ["يستعيدون", "استعادتا", "استرجعوا", "استردت"]),
        (WITHDREW_VERBS, ["ينسحبون", "انسحبتا", "يفرون", "هربوا"]),
        (HELD_VERBS, ["تصدوا", "يتصدون", "احبطوها"]),
        (ATTACK_VERBS, ["يقصفون", "شنوها", "يستهدفون", "اغاروا"]),
    ]:
        assert all(pattern.match(f) for f in forms), (pattern, forms)
    # Palmyra is no "she destroys", "change" no أغار, the nouns "هرباً" / "سيطرة" (as normalised) no verbs.
    assert not ATTACK_VERBS.match("تدمر") and not ATTACK_VERBS.match("تغير")
    assert not WITHDREW_VERBS.match("هربا") and not CAPTURE_VERBS.match("سيطره")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Hakea 2015: a faction's description between dashes ("under the Army of Conquest's operations
        # room") is no "under control".
        (
            "أعلنت فصائل المعارضة السورية – المنضوية تحت غرفة عمليات جيش الفتح – السيطرة على مدينة خان شيخون بشكل "
            "كامل، بعد 5 أيام من المعارك العنيفة مع قوات النظام السوري.",
            {("خان شيخون", "opposition", "captured")},
        ),
        # A plural present: "the regime's forces are storming", "the factions pull out of".
        (
            "وقال ناشطون إن عناصر هيئة تحرير الشام ينسحبون من بلدة سكيك بعد اشتباكات مع قوات النظام.",
            {("سكيك", "opposition", "withdrew")},
        ),
        # Syria TV 2021 (Daraa al-Balad): "the youths of the quarters repelled them" - "them" are the regime's
        # men just named, so the other side holds.
        (
            "حاول نظام الأسد التقدم إلى بلدة سكيك، لكن شبان الأحياء تصدوا لهم وتمكنوا من عطب دبابة.",
            {
                ("سكيك", "opposition", "held")
            },  # (an attempt pushed back: the defender's hold, the corpus rules)
        ),
    ],
)
def test_change_verbs_in_any_form_and_under_words_that_are_no_control(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Enab Baladi 2015: "the regime's forces impose a siege on the towns" - a siege is an attack.
        ("وتفرض قوات النظام حصاراً خانقاً على بلدة الهبيط منذ أشهر.", {("الهبيط", "government", "attacked")}),
        # "The town is still under the factions' control" (ما زالت, not only لا يزال).
        ("وما زالت بلدة سكيك تحت سيطرة فصائل المعارضة.", {("سكيك", "opposition", "held")}),
        # A headline in the present plural, as the singular "تسيطر" is read.
        ("الثوار يسيطرون على بلدة عابدين بريف إدلب الجنوبي.", {("عابدين", "opposition", "captured")}),
        # ... but not the state before a change ("who were still holding").
        (
            "اقتحمت قوات النظام الخميس بلدة الهبيط التي كان مقاتلون معارضون لا يزالون يسيطرون على أجزاء منها.",
            {("الهبيط", "government", "attacked")},
        ),
    ],
)
def test_a_siege_a_state_still_held_and_a_present_headline(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANA's headline in the present: "army units restore security and stability to the town".
        (
            "وحدات من الجيش العربي السوري تعيد الأمن والاستقرار إلى بلدة الهبيط بريف إدلب الجنوبي.",
            {("الهبيط", "government", "captured")},
        ),
        # A passive expulsion: the side after "تم طرد" is the one expelled, not the one that expelled.
        ("تم طرد مرتزقة داعش من بلدة سكيك.", set()),
        (
            "سيطرت قوات سوريا الديمقراطية على بلدة عابدين. وتم طرد مرتزقة داعش من بلدة سكيك.",
            {("عابدين", "sdf", "captured"), ("سكيك", "sdf", "captured"), ("سكيك", "isis", "withdrew")},
        ),
    ],
)
def test_a_present_restoration_is_a_capture_and_a_passive_expulsion_names_the_expelled(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A handover joined to a withdrawal: "the SDF withdrew from the town and handed it to the regime's forces".
        (
            "انسحبت قوات سوريا الديمقراطية من بلدة سكيك وسلمتها لقوات النظام.",
            {("سكيك", "sdf", "withdrew"), ("سكيك", "government", "captured")},
        ),
        # Control sought is an attack on the place (the corpus rules), by the side that seeks it.
        ("وتسعى قوات النظام للسيطرة على بلدة الهبيط.", {("الهبيط", "government", "attacked")}),
        # Asharq al-Awsat 2013: "in an attempt by the latter to take the whole of the quarter" - the agent named
        # after the attempt noun (the latter: the regime's forces), not the clause's first side.
        (
            "وأشار المرصد إلى أن القصف يأتي وسط اشتباكات عنيفة بين كتائب الجيش الحر والقوات النظامية، في محاولة من "
            "الأخيرة للسيطرة على بلدة عابدين كلها.",
            {("عابدين", "government", "attacked")},
        ),
    ],
)
def test_a_handover_by_the_subject_before_and_control_sought_by_the_attempts_agent(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Had lost control of the village days before": a loss, not a capture by the side that lost it.
        (
            "وكانت قوات النظام قد خسرت السيطرة على قرية الهبيط قبل أيام.",
            {("الهبيط", "government", "withdrew")},
        ),
        # "The village lies under the factions' control since 2012": the verb before the place.
        ("وتقع قرية الهبيط تحت سيطرة الفصائل منذ عام 2012.", {("الهبيط", "opposition", "held")}),
        # "Amid an advance by the latter (with its lam)": the side named last, not the first.
        (
            "تستمر الاشتباكات بين الفصائل من جهة، وقوات النظام من جهة أخرى، وسط تقدم للأخيرة في قرية الهبيط.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_control_lost_a_place_lying_under_a_side_and_the_latter_with_its_lam(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Amaq's wording: "the army of the caliphate tightened its control".
        ("أحكم جيش الخلافة سيطرته على قرية الهبيط.", {("الهبيط", "isis", "captured")}),
        # "The regime's forces closed the siege on the village": a siege laid is an attack.
        ("أطبقت قوات النظام الحصار على قرية الهبيط.", {("الهبيط", "government", "attacked")}),
    ],
)
def test_the_caliphates_army_is_isis_and_a_siege_closed_is_an_attack(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "... and captured men of the regime's forces in Y": a verb joined by و ends the places taken.
        (
            "سيطرت الفصائل على قرية الهبيط، وأسرت عناصر من قوات النظام في قرية سكيك.",
            {("الهبيط", "opposition", "captured")},
        ),
        # "A source said the regime's forces withdrew from it towards Y": "it" is the village of the sentence
        # before; where they went is no loss.
        (
            "استعادت الفصائل قرية الهبيط. وقال مصدر إن قوات النظام انسحبت منها باتجاه سكيك.",
            {("الهبيط", "opposition", "recaptured"), ("الهبيط", "government", "withdrew")},
        ),
        # (a withdrawal "from them" by the bloc that took them is a change inside the bloc, no claim)
        (
            "سيطرت جبهة النصرة على بلدة الهبيط. وجاءت سيطرة النصرة على هذه البلدة وانسحاب الكتائب المعارضة منها "
            "بعد ساعات.",
            {("الهبيط", "opposition", "captured")},
        ),
    ],
)
def test_a_joined_verb_ends_the_places_taken_and_from_it_reaches_the_sentence_before(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_this_control_refers_back_and_leaves_the_capture_after_it(index):
    # "This control comes days after the factions' control of Skik": the capture is the second one.
    claims, _ = claims_of("وتأتي هذه السيطرة بعد أيام من سيطرة الفصائل على قرية سكيك.", index)
    assert claims == {("سكيك", "opposition", "captured")}
    # ("وسبق ذلك، السيطرة على": ذلك belongs to the verb, the capture is told)
    claims, _ = claims_of("وسبق ذلك، السيطرة على بلدة سكيك من قبل الفصائل.", index)
    assert ("سكيك", "opposition", "captured") in claims


def test_militias_fighting_under_a_sides_banner_are_that_side(index):
    # Orient 2016: "the militias fighting under the banner of the SDF" - an opposition outlet's "militias" are
    # the regime's unless a banner says whose.
    text = (
        'وأفادت مصادر محلية، بسيطرة الميليشيات المنضوية تحت لواء "قوات سوريا الديمقراطية" بدعم من طيران '
        "التحالف الدولي، على بلدة الهبيط وقرى سكيك وعابدين."
    )
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "sdf", "captured"),
        ("سكيك", "sdf", "captured"),
        ("عابدين", "sdf", "captured"),
    }


def test_a_liberation_awaited_is_no_capture(index):
    # Zaman al-Wasl 2015: "the loyalists who were waiting for news of the liberation of al-Qaryatayn and Palmyra".
    text = "وسط ذهول الموالين، الذين كانوا ينتظرون خبر تحرير بلدة الهبيط وبلدة سكيك خلال الأيام القادمة."
    claims, _ = claims_of(text, index)
    assert claims == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Press 2020: "the factions of the armed opposition affiliated to Turkey" are the SNA, and "the Tal
        # Tamr Military Council" (one of the SDF's councils) "managed to foil the attack".
        (
            "شنت فصائل المعارضة المسلحة التابعة لتركيا هجوماً على قرية الهبيط، وأضاف المصدر أن قوات مجلس تل تمر "
            "العسكري تمكنت من إفشال الهجوم.",
            {("الهبيط", "sna", "attacked"), ("الهبيط", "sdf", "held")},
        ),
    ],
)
def test_factions_affiliated_to_turkey_and_the_sdfs_military_councils(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # Al-Arabiya 2015: "the battle for control of the town" - an attack on it, no capture yet.
        "تسعى المعارضة للفوز بواحدة من أهم المعارك في إدلب، وهي معركة السيطرة على بلدة الهبيط.",
        "أعلنت الفصائل بدء معركة تحرير بلدة الهبيط.",
    ],
)
def test_a_battle_named_for_the_control_it_aims_at_is_an_attack(index, text):
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "opposition", "attacked")}


def test_places_added_with_a_lam_cue_are_more_of_the_same_change(index):
    # "... in addition to the two villages of X and Y": not a landmark "of the village".
    claims, _ = claims_of("سيطرت قوات النظام على الهبيط، بالإضافة لقريتي سكيك وعابدين.", index)
    assert claims == {
        ("الهبيط", "government", "captured"),
        ("سكيك", "government", "captured"),
        ("عابدين", "government", "captured"),
    }


def test_the_competent_authorities_of_state_media_are_the_government(index):
    # Al-Thawra 2012: "the competent authorities raided the terrorists' dens in the town".
    claims, _ = claims_of(
        "داهمت الجهات المختصة أوكار الإرهابيين في بلدة الهبيط وقضت على عدد كبير منهم.", index
    )
    assert claims == {("الهبيط", "government", "attacked"), ("الهبيط", "opposition", "held")}


def test_its_control_agrees_with_its_side_not_the_one_named_between(index):
    # Al-Araby 2018: "the regime's forces took al-Shajara, the Khalid army's main stronghold, a day after their
    # control of the villages X and Y" - سيطرتها (feminine) is the forces', not the (masculine) army's.
    text = (
        'وكانت قوات النظام قد سيطرت، أمس الأحد، على بلدة عابدين، التي تعتبر المعقل الرئيسي لـ"جيش خالد"، '
        "وذلك بعد يومٍ من سيطرتها على قرى الهبيط وسكيك."
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "captured") in claims and ("سكيك", "government", "captured") in claims
    assert not any(actor == "isis" and change == "captured" for _p, actor, change in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Syria News 2017: "the regular army widened its areas, wresting several villages from IS, among them X".
        (
            "وسع الجيش النظامي، يوم الثلاثاء، مناطق سيطرته في ريف حلب الشرقي، منتزعاً عدة قرى من تنظيم الدولة من بينها "
            "الهبيط.",
            {("الهبيط", "government", "captured")},
        ),
        # Kurdistan outlets 2024: "the latter managed to advance into 3 villages, namely ...".
        (
            "تمكنت قسد من التقدم في 3 قرى وهي، قرية الهبيط، سكيك، وعابدين.",
            {("الهبيط", "sdf", "captured"), ("سكيك", "sdf", "captured"), ("عابدين", "sdf", "captured")},
        ),
    ],
)
def test_a_participle_of_capture_and_an_advance_into_villages_named_are_captures(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Alam 2018: "refuted the claims of IS's control of the town" - no capture.
        ("فند مدير مكتب قناة العالم في سوريا مزاعم سيطرة تنظيم داعش الإرهابي على بلدة الهبيط.", set()),
        # Al-Watan 2015: "the gunmen wanted it a psychological war, but the Syrian Arab Army ... took control of
        # the town, cutting the way out through al-Dumayr": the subject after "لكن", and a town passed through.
        (
            "أرادها المسلحون حرباً نفسية، لكن الجيش العربي السوري أرادها أمس واقعية على الأرض، فأحكم السيطرة على "
            "بلدة الهبيط، ليقطع بذلك أحد أهم طرق الخروج من الغوطة عبر بلدة سكيك.",
            {("الهبيط", "government", "captured")},
        ),
    ],
)
def test_a_refuted_claim_a_clause_after_but_and_a_town_passed_through(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_liberating_them_after_managed_to_takes_the_list_named_before(index):
    # RT Arabic 2017: "clashes ... in the villages X, Y, Z, after which it managed to liberate them".
    text = (
        "وذكرت مصادر محلية، أن اشتباكات عنيفة اندلعت مساء أمس بين مقاتلي قوات سوريا الديمقراطية وعناصر داعش في "
        "قرى الهبيط، سكيك، عابدين، تمكنت على إثرها من تحريرها من سيطرة التنظيم."
    )
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "sdf", "captured"),
        ("سكيك", "sdf", "captured"),
        ("عابدين", "sdf", "captured"),
    }
    # (a verbal noun's "its" as its subject names no object: "انسحب من المدينة بعد هجوم الفصائل عليها ودخولها أجزاء منها")
    claims, _ = claims_of(
        "أعلن الجيش السوري أنه انسحب من بلدة سكيك بعد هجوم لفصائل مسلحة عليها ودخولها أجزاء منها.", index
    )
    assert ("سكيك", "government", "captured") not in claims


@pytest.mark.parametrize(
    "text",
    [
        # Sada El Balad 2016: "the Free Syrian Army forces, backed by the Turkish army, took control of ..."
        "سيطرت قوات الجيش السوري الحر بدعم من الجيش التركي اليوم على قريتي الهبيط وسكيك بعد معارك مع تنظيم داعش.",
        # the same report: the support named several words after the factions
        "أفادت القناة بأن فصائل الجيش الحر المدعومة بفرق دبابات وغطاء جوي ومدفعي من الجيش التركي سيطرت على قريتي "
        "الهبيط وسكيك.",
        # Watan FM 2016: "with air and ground cover from the Turkish forces"
        "أكد البيان أن الفصائل تمكنت من السيطرة على قريتي الهبيط وسكيك من قبضة داعش، بغطاء جوي وبري للقوات التركية.",
    ],
)
def test_factions_fighting_with_turkeys_army_beside_them_are_the_sna(index, text):
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "sna", "captured") in claims and ("سكيك", "sna", "captured") in claims
    assert not any(actor == "opposition" for _p, actor, _c in claims)


def test_factions_backed_by_russias_air_force_stay_what_they_are(index):
    claims, _ = claims_of("سيطرت قوات النظام بدعم من الطيران الروسي على قرية الهبيط.", index)
    assert claims == {("الهبيط", "government", "captured")}


def test_positions_an_attack_was_launched_from_are_held_and_the_pair_located_from_is_no_target(index):
    # Al-Alam 2020: "army units began an attack on the gunmen's positions in al-Shaykh Aqil, launched from their
    # positions in al-Tamura south of Nubl and al-Zahraa".
    text = (
        "وكانت وحدات من الجيش السوري بدأت صباح امس السبت هجوما على قرية الهبيط انطلاقا من مواقعها في سكيك جنوب "
        "عابدين وكفر عين في ريف إدلب."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "attacked"), ("سكيك", "government", "held")}


def test_places_that_became_under_a_sides_control_with_a_dual_verb_and_points_around_a_town(index):
    # Sputnik 2018: "the towns of Jadal and Hosh Hammad ... became (dual) under the control of the Syrian army".
    text = (
        "وقالت المصادر إن بلدتي الهبيط و سكيك والواقعتين من المحور الشرقي من منطقة اللجاة أصبحتا تحت سيطرة الجيش "
        "السوري إثر مواجهات مع المجموعات الإرهابية."
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "captured") in claims and ("سكيك", "government", "captured") in claims
    # Tasnim 2017: "all the points south and east of the town of Halfaya became under the army's control" - the
    # town locates the points, it is not what was taken.
    claims, _ = claims_of(
        "أكد مصدر ميداني أن جميع النقاط جنوب وشرق مدينة الهبيط باتت تحت سيطرة الجيش السوري.", index
    )
    assert ("الهبيط", "government", "captured") not in claims


def test_a_sentence_that_only_lists_the_places_of_the_one_before_goes_on_with_its_change(index):
    # Sada El Balad 2024: "the armed forces managed to secure a number of areas after expelling the terrorists from
    # them. The most important of them are Qalaat al-Mudiq and Maardes".
    text = (
        "وأضاف أن الجيش السوري تمكن من تأمين عدد من المناطق بعد طرد الإرهابيين منها. وأهمها الهبيط وسكيك حيث تم "
        "القضاء على العشرات منهم."
    )
    claims, reading = claims_of(text, index)
    assert ("الهبيط", "government", "captured") in claims and ("سكيك", "government", "captured") in claims
    assert len(reading.geo.sentences) == 1
    # (a sentence of its own is not merged: "منها" leads no list after a question mark)
    assert len(split_sentences("هل سيطروا على الهبيط؟ منها خرج المقاتلون.")) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jawlany 2014: "opposition sources confirmed the fall of the town X and the village Y into the hands of the
        # opposition gunmen".
        (
            "وأكدت مصادر في المعارضة السورية سقوط بلدة الهبيط وقرية سكيك بأيدي مسلحي المعارضة.",
            {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")},
        ),
        # the same report: "... controlled more than 90% of the border strip, except the village of Hadar and the
        # area around it, which are still under the Syrian army's control"
        (
            "يكون مسلحو المعارضة قد سيطروا على أكثر من 90% من الشريط الحدودي، باستثناء قرية الهبيط والمنطقة المحيطة "
            "بها التي لا تزال تحت سيطرة الجيش السوري.",
            {("الهبيط", "government", "held")},
        ),
        # El Khabar quoting RT 2013: "the clashes that lasted five days in the town of Maaloula led to the Syrian
        # army's control of the whole town".
        (
            "أفادت مصادر بأن الاشتباكات التي دامت خمسة ايام في بلدة الهبيط ادت الى سيطرة الجيش السوري على كامل البلدة.",
            {("الهبيط", "government", "captured")},
        ),
        # (the neighbourhood named, not the city it lies in; and not a town only fought for, nor a capture denied)
        (
            "تمكنت قوات النظام بعد معارك في حي الشيخ سعيد في مدينة الهبيط من السيطرة الكاملة على الحي.",
            {("الشيخ سعيد", "government", "captured")},
        ),
        (
            "تدور معارك عنيفة في بلدة الهبيط في محاولة للأخير السيطرة على البلدة، ولا صحة للأخبار عن سيطرة قوات الأسد "
            "على البلدة.",
            set(),
        ),
    ],
)
def test_a_fall_into_hands_a_place_excepted_and_the_town_named_before(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    "text",
    [
        # SOHR 2013: "the regime forces made a slight advance in the Barzeh district" - a part taken.
        "كما حققت قوات النظام تقدما طفيفا في حي الهبيط شمال المدينة.",
        # Ennahar quoting state TV 2014: "the soldiers are pressing their advance inside the town".
        "وقال التلفزيون الرسمي إن قوات النظام تواصل تقدمها داخل بلدة الهبيط.",
    ],
)
def test_an_advance_told_as_a_noun_into_a_named_place_is_a_capture(index, text):
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured")}


def test_an_advance_towards_a_place_or_an_attempted_one_is_no_capture(index):
    claims, _ = claims_of("حققت قوات النظام تقدما باتجاه بلدة الهبيط.", index)
    assert ("الهبيط", "government", "captured") not in claims
    claims, _ = claims_of("تحاول قوات النظام تحقيق تقدم في بلدة الهبيط.", index)
    assert ("الهبيط", "government", "captured") not in claims


def test_bases_struck_and_a_relative_repulse_of_the_attack_and_groups_of_what_is_called_a_council(index):
    # Rudaw 2025: "an operation targeting the Turkish occupation's bases in the two villages X and Y" - the SDF
    # attacks, and the bases are the occupier's hold.
    text = "وأعلنت قوات سوريا الديمقراطية أنها أطلقت أمس عملية تستهدف قواعد الاحتلال التركي في قريتي الهبيط وسكيك."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "sdf", "attacked") in claims and ("سكيك", "sna", "held") in claims
    assert not any(actor == "sna" and change == "attacked" for _p, actor, change in claims)
    # Global 2024: "an attack by armed groups belonging to the so-called Deir ez-Zor Military Council of the SDF,
    # which units of the Syrian Arab Army repelled".
    text = (
        "استفاق أهالي القرى وهي الهبيط وسكيك على صوت الانفجارات الناجمة عن هجوم شنته مجموعات مسلحة تابعة لما يسمى "
        "مجلس “دير الزور العسكري” التابع لميليشيا “قسد” والذي تصدت له وحدات الجيش العربي السوري."
    )
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "sdf", "attacked"),
        ("سكيك", "sdf", "attacked"),
        ("الهبيط", "government", "held"),
        ("سكيك", "government", "held"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SANA via People's Daily 2016: "and imposed its fire control over the village of Ratyan" - in range, an attack.
        (
            "وتمكنت وحدات من الجيش السوري من فرض سيطرتها النارية على قرية الهبيط.",
            {("الهبيط", "government", "attacked")},
        ),
        # Al-Nour 2019: "with the Syrian army's advance and its control by fire over the town of Khan Shaykhun".
        (
            "فمع تقدم الجيش السوري المستمر في ريف إدلب الجنوبي وسيطرته نارياً على مدينة خان شيخون، تحدثت التنسيقيات عن ذلك.",
            {("خان شيخون", "government", "attacked")},
        ),
        # Syrian Mirror 2016: "the opposition forces repelled the regime forces' attempts to advance and take control
        # of the village of Kabana" - an advance tried and the capture joined to it: the defenders' hold.
        (
            "تصدت قوات المعارضة اليوم لمحاولات قوات النظام، المدعومة بمليشيات شيعية، التقدم والسيطرة على قرية كباني.",
            {("كباني", "opposition", "held")},
        ),
    ],
)
def test_control_by_fire_is_an_attack_and_a_capture_joined_to_a_tried_advance_is_none(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_villages_counted_by_a_change_are_the_list_named_later_in_the_sentence(index):
    # New Orient News 2017: "the Syrian army regained a number of villages north-east of al-Sweida after IS's
    # gunmen withdrew from them; they lie east of the Damascus-Sweida road, and they are: X, Y, Z".
    text = (
        "كما استعاد الجيش السوري عدداً من قرى شمال شرق المدينة بعد انسحاب مسلّحي تنظيم داعش منها، وتقع شرق الطريق "
        "وهي: الهبيط، سكيك، عابدين."
    )
    claims, _ = claims_of(text, index)
    for place in ("الهبيط", "سكيك", "عابدين"):
        assert (place, "government", "recaptured") in claims and (place, "isis", "withdrew") in claims


def test_gunmen_loyal_to_the_side_they_are_joined_to_and_towns_a_height_overlooks(index):
    # SOHR 2018: "the regime forces and the gunmen loyal to them managed to advance ..., imposing their control on the
    # areas of Tal Shihab, Zayzun and Hit".
    text = "تمكنت قوات النظام والمسلحين الموالين لها من التقدم في الريف الغربي، بفرض سيطرتها على مناطق الهبيط وسكيك."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")}
    # dpa 2017: "the Republican Guard took the strategic height of Ras al-Sirah overlooking the towns of Ain al-Fijah
    # and Deir Maqran" - the height is taken, the towns it overlooks are not.
    text = "وقال المصدر إن قوات الحرس الجمهوري سيطرت اليوم على مرتفع الهبيط الاستراتيجي المشرف على بلدتي سكيك وعابدين."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured")}


def test_control_aimed_at_with_ila_far_from_its_verb_is_an_attack(index):
    # El Khabar quoting SANA 2016: "through its operations, going on for more than three years in the Eastern Ghouta,
    # the Syrian army seeks to take control of the city of Douma".
    text = (
        "ويسعى الجيش السوري من خلال عملياته المستمرة منذ أكثر من ثلاث سنوات في الغوطة الشرقية إلى السيطرة على "
        "مدينة الهبيط."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "attacked")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # SOHR 2016: "the Kurdish units have not yet taken the village of Menagh and its airport".
        ("علم المرصد من مصادر متقاطعة أن الوحدات الكردية لم تسيطر إلى الآن على قرية الهبيط ومطارها.", set()),
        # "the regime forces could not take control of the town": an attack that failed, no capture
        (
            "وأكدت المصادر أن قوات النظام لم تتمكن من السيطرة على بلدة الهبيط.",
            {("الهبيط", "government", "attacked")},
        ),
        # "made no advance in the town": no capture either
        ("وأكدت المصادر أن قوات النظام لم تحرز أي تقدم في بلدة الهبيط.", set()),
    ],
)
def test_a_negated_capture_is_none(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_an_expulsion_told_as_done_again_is_a_recapture(index):
    # Qasioun 2015: "Jaysh al-Fatah's fighters ... drove the regime forces out, once again, of (Tal Awar, the town of
    # Fureikeh ...)".
    text = "استعاد مقاتلو «جيش الفتح» المبادرة مجدداً، وطردوا قوات النظام، مرة أخرى من (الهبيط، بلدة سكيك) بريف إدلب."
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "opposition", "recaptured"),
        ("سكيك", "opposition", "recaptured"),
        ("الهبيط", "government", "withdrew"),
        ("سكيك", "government", "withdrew"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # "the town of X, which the army retook yesterday"
        "وتقع بلدة الهبيط التي استعادها الجيش السوري أمس شمال المدينة.",
        # Al-Akhbar 2015: "... Tal Wasit, which the gunmen had infiltrated earlier, before the Syrian army retook it".
        "وتأمين محيط بلدة الهبيط التي كان المسلحون تسللوا إليها في وقت سابق، قبل أن يستعيدها الجيش السوري.",
    ],
)
def test_a_recapture_whose_object_is_it_takes_the_place_named_before(index, text):
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "recaptured") in claims


def test_a_capture_with_its_subject_before_it_takes_no_agent_from_a_later_clause(index):
    # Tunisia Today 2017: "... that IS took the villages X and Y, pointing to civilians heading towards the village of
    # al-Rahjan, controlled by HTS" - HTS is the holder of al-Rahjan, not the taker of the villages.
    text = (
        'وقال مسؤول التنسيق، إن تنظيم "داعش" سيطر على قرى "الهبيط وسكيك"، مشيرا إلى توجه مدنيين نحو قرية عابدين، '
        'المسيطر عليها من قبل "هيئة تحرير الشام".'
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "isis", "captured") in claims and ("سكيك", "isis", "captured") in claims
    assert not any(change == "captured" and actor != "isis" for _p, actor, change in claims)


def test_an_attack_told_with_the_attackers_nationality_is_that_sides(index):
    # North Press 2021: "the Turkish artillery shelling reached the villages of Saida and al-Jadida".
    claims, _ = claims_of("وطال القصف المدفعي التركي قرى الهبيط وسكيك.", index)
    assert claims == {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "attacked")}
    claims, _ = claims_of("واستهدفت الغارات الروسية بلدة الهبيط.", index)
    assert ("الهبيط", "government", "attacked") in claims


def test_villages_that_became_liberated_are_the_reports_sides_captures(index):
    # Al-Alam 2020: "the villages of Ballisa, al-Mushrifa, Tal Aghar ... have become liberated after fierce battles".
    text = (
        "واصل الجيش السوري تقدمه في ريف إدلب الشرقي. قرى الهبيط وسكيك وعابدين الواقعة في ريف إدلب باتت محررة بعد "
        "معارك عنيفة مع الجماعات المسلحة."
    )
    claims, _ = claims_of(text, index)
    assert {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")} <= claims
    assert ("عابدين", "government", "captured") in claims


def test_posts_set_up_in_a_place_are_the_sides_hold(index):
    # Athr Press 2023: "the SDF ... set up a number of points and checkpoints in the village of al-Tayyana".
    claims, _ = claims_of("وبدأت قسد بتمشيط المنطقة، ونصبت عدداً من النقاط والحواجز في قرية الهبيط.", index)
    assert claims == {("الهبيط", "sdf", "held")}
    # (setting up a thing that is no post names no hold: "نصبت خيمة عزاء في قرية X")
    claims, _ = claims_of("ونصبت قسد خيمة عزاء في قرية الهبيط.", index)
    assert claims == set()


def test_a_place_under_a_sides_control_told_verb_first_and_a_stronghold_among_others(index):
    # Al-Arabiya 2013: "the town of Salma is under the control of the Free Army".
    claims, _ = claims_of("وتخضع بلدة الهبيط لسيطرة الجيش الحر منذ عام 2012.", index)
    assert claims == {("الهبيط", "opposition", "held")}
    # "the town is among the most prominent strongholds of IS in the Hama countryside"
    claims, _ = claims_of("وتعد بلدة الهبيط من أبرز معاقل تنظيم داعش في ريف حماة.", index)
    assert claims == {("الهبيط", "isis", "held")}


def test_places_counted_by_a_capture_are_the_list_the_next_sentence_gives(index):
    # Radio al-Kul 2018: "the regime forces took, yesterday evening, 36 villages and towns in the southern Aleppo
    # countryside ... Our correspondent listed the areas taken, and they are: X, Y, Z".
    text = (
        "سيطرت قوات النظام، مساء أمس، على 36 قرية وبلدة في ريف إدلب الجنوبي بعد معارك عنيفة مع هيئة تحرير الشام. "
        "وعدّد مراسلنا المناطق المسيطر عليها وهي: “الهبيط، سكيك، وعابدين”."
    )
    claims, reading = claims_of(text, index, published=dt.date(2018, 1, 14))
    assert claims == {(p, "government", "captured") for p in ("الهبيط", "سكيك", "عابدين")}
    assert {(c.date_start, c.date_end) for c in reading.claims} == {
        (dt.date(2018, 1, 13), dt.date(2018, 1, 13))
    }
    # Shaam 2024: "the room took the town of Tadif and 14 villages ... It said the villages are 'X, Y'".
    text = (
        "وأكدت الغرفة أن فصائل الجيش الوطني تمكنت من تحرير مدينة خان شيخون، وكذلك 14 قرية في ريف إدلب الجنوبي.\n"
        'وذكرت أن القرى هي "الهبيط، سكيك" وسط استمرار التقدم.'
    )
    claims, _ = claims_of(text, index)
    assert claims == {(p, "sna", "captured") for p in ("خان شيخون", "الهبيط", "سكيك")}
    # With no capture counted before, a list of "the villages" is no claim.
    text = "قصفت قوات النظام ريف إدلب الجنوبي. وذكرت أن القرى هي الهبيط وسكيك."
    claims, _ = claims_of(text, index)
    assert not {c for c in claims if c[2] == "captured"}


def test_a_capture_noun_with_it_for_object_after_bad_takes_the_place_named_before(index):
    # Al-Mayadeen 2018: "Al-Mayadeen broadcast live scenes from the town of al-Ghariya in the Daraa countryside after
    # its liberation by the Syrian army".
    text = "بثّت القناة مشاهد مباشرة من بلدة الهبيط بريف إدلب بعد تحريرها من قبل الجيش السوري."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured")}
    # "after its own advance" is no capture of the place before; nor is a capture told with whom it was taken from.
    text = "باتت قوات النظام على بعد كيلومترات من بلدة الهبيط بعد تقدمها فجر اليوم."
    claims, _ = claims_of(text, index)
    assert not {c for c in claims if c[2] == "captured"}


def test_a_relative_on_the_subject_does_not_end_a_capture_and_wa_ala_takes_up_its_object(index):
    # Asharq Al-Awsat 2015: "Jaish al-Fatah, which joins Islamist factions, took within 24 hours the Ma'sara checkpoint,
    # which is the largest of the regime's checkpoints left in Idlib, and the town of Mhambal".
    text = (
        "وجاء هذا التقدم بعدما سيطر «جيش الفتح»، الذي يضم مجموعة من الفصائل الإسلامية، خلال أقل من 24 ساعة على "
        "بلدة الهبيط التي تعد أكبر معاقل قوات النظام المتبقية في محافظة إدلب، وعلى بلدة سكيك في غرب المحافظة."
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "opposition", "captured") in claims
    assert ("سكيك", "opposition", "captured") in claims


def test_a_sentence_of_one_more_list_of_villages_goes_on_with_the_change_before(index):
    # Step News 2024: 'the opposition forces imposed their control on several villages ..., among them: the villages
    # "X", "Y" and "Z". And the villages "Mughara Mirza", "Jadida", "Halban" and "al-Sarman".'
    text = (
        "أعلنت قوى المعارضة فرض سيطرتها على عدة قرى وبلدات في ريف إدلب الشرقي، من بينها: قرى “الهبيط”، و”سكيك”. "
        "وقرى “عابدين”، و”كفرعين”."
    )
    claims, _ = claims_of(text, index)
    assert claims == {(p, "opposition", "captured") for p in ("الهبيط", "سكيك", "عابدين", "كفرعين")}
    # A sentence that only starts with such a word, and tells of something else, is not the list going on.
    text = (
        "أعلنت قوى المعارضة فرض سيطرتها على قرى الهبيط وسكيك. "
        "وقرى المنطقة كلها تعاني من نقص حاد في المياه والكهرباء منذ سنوات طويلة بحسب الأهالي في عابدين."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "opposition", "captured"), ("سكيك", "opposition", "captured")}


def test_managing_to_enter_a_list_of_towns_is_their_capture(index):
    # Sarmad quoting Al-Araby Al-Jadeed 2024: 'the Military Operations Department managed to enter the two cities of
    # Talbiseh and al-Rastan and the two towns of al-Dar al-Kabira and Tir Maala'.
    text = "وقالت مصادر عسكرية إنّ إدارة العمليات العسكرية تمكنت من الدخول إلى مدينتي الهبيط وسكيك وبلدتي عابدين وكفرعين."
    claims, _ = claims_of(text, index)
    assert claims == {(p, "opposition", "captured") for p in ("الهبيط", "سكيك", "عابدين", "كفرعين")}


def test_a_bracketed_aside_does_not_part_a_list_of_places_lost(index):
    # Al-Sharq 2012: 'the Free Army forced Assad's battalions to withdraw yesterday from several positions: the village
    # of Kafr Oweid (where the well-known massacre took place ...) and the village of al-Ftira and the village of
    # Hazarin'.
    text = (
        "وقال المتحدث إن الجيش الحر أجبر كتائب الأسد على الانسحاب أمس من عدة مواقع وهي قرية الهبيط (التي وقعت بها "
        "المجزرة الشهيرة التي ذهب ضحيتها أكثر من سبعين شهيداً) وقرية سكيك وقرية عابدين."
    )
    claims, _ = claims_of(text, index)
    for place in ("الهبيط", "سكيك", "عابدين"):
        assert (place, "opposition", "captured") in claims and (place, "government", "withdrew") in claims


def test_a_campaign_or_battles_named_for_a_liberation_are_an_attack_not_a_capture(index):
    # Enab Baladi 2015: 'the victories of Horan ... come with the battles to liberate the city of Idlib'.
    text = (
        "وتأتي انتصارات حوران مترافقة مع معارك تحرير مدينة الهبيط، والتي إن تمت فستكون ثاني محافظات البلاد."
    )
    claims, _ = claims_of(text, index)
    assert not {c for c in claims if c[2] == "captured"}
    # Kurd Street 2017: 'the SDF goes on with the third stage of its campaign to liberate the city of Raqqa'.
    text = "تواصل قوات سوريا الديمقراطية المرحلة الثالثة من حملتها في تحرير مدينة الهبيط من سيطرة تنظيم داعش."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "sdf", "attacked") in claims and ("الهبيط", "sdf", "captured") not in claims


def test_places_a_side_fires_from_its_positions_in_are_its_holds(index):
    # SMART 2019: 'the shelling by the regime forces' artillery from its positions in Brideij and al-Sheikh Hadid on
    # the places of the clashes'.
    text = (
        "وأضاف المصدر إن القصف المدفعي لقوات النظام من مواقعه في الهبيط وسكيك على مواقع الاشتباك كان كثيفاً."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "held"), ("سكيك", "government", "held")}
    # ... but a place the shelling came towards is what was shelled.
    text = "وأضاف المصدر إن القصف المدفعي لقوات النظام من مواقعه في الهبيط استهدف بلدة سكيك."
    claims, _ = claims_of(text, index)
    assert ("سكيك", "government", "attacked") in claims and ("الهبيط", "government", "held") in claims


def test_a_became_verb_after_the_places_taken_starts_another_statement(index):
    # Shaam 2016: 'with the rebels' control of the town of Maardes, the villages loyal to Assad in Qamhana and Maan
    # became a target before the rebels'.
    text = "وبسيطرة الثوار على بلدة الهبيط باتت القرى الموالية للأسد في سكيك وعابدين هدفاً أمام الثوار."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "opposition", "captured") in claims
    assert not {c for c in claims if c[0] in ("سكيك", "عابدين") and c[2] == "captured"}


def test_reaching_a_places_surroundings_is_no_capture_of_it(index):
    # A Kurdish-area report of 2015: 'the forces have liberated 43 villages so far and reached the surroundings of the
    # grain silos in the town of al-Hol'.
    text = (
        "حررت قوات سوريا الديمقراطية حتى الآن 43 قرية من مرتزقة داعش ووصلت إلى محيط صوامع الحبوب في بلدة الهبيط، "
        "وسيطرت على قرية سكيك."
    )
    claims, _ = claims_of(text, index)
    assert ("سكيك", "sdf", "captured") in claims
    assert not {c for c in claims if c[0] == "الهبيط" and c[2] == "captured"}


def test_a_passive_capture_of_it_takes_the_list_a_plural_heads_before_it(index):
    # Al-Watan Today quoting Anadolu 2018: 'the villages of Qara Tabba and Qastal Kujuk ... were taken' (تم السيطرة
    # عليها: a non-human plural takes the feminine singular pronoun).
    text = (
        "سيطرت فصائل المعارضة على قرى جديدة في ريف إدلب. "
        "وقال المراسل إن قرى الهبيط وسكيك وعابدين تم السيطرة عليها."
    )
    claims, _ = claims_of(text, index)
    assert claims == {(p, "opposition", "captured") for p in ("الهبيط", "سكيك", "عابدين")}


def test_a_side_named_with_ala_typed_onto_it(index):
    # Akhbar Al-Aan 2013: "the Free Army took the town of Dael" with على typed onto الحر.
    claims, _ = claims_of("سيطر الجيش الحرعلى بلدة الهبيط في ريف إدلب.", index)
    assert claims == {("الهبيط", "opposition", "captured")}


def test_control_tried_with_the_side_between_is_an_attack_and_one_pushed_back_none(index):
    # Watan FM 2015: 'violent battles with the Assad forces, in an attempt by the rebel battalions to take the village
    # of Jaba'.
    text = "وتدور معارك عنيفة مع قوات الاسد في محاولة من كتائب الثوار السيطرة على قرية الهبيط الإستراتيجية."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "opposition", "attacked") in claims
    assert not {c for c in claims if c[2] == "captured"}
    # Anadolu via Watan FM 2015: 'the rebels announced their repelling of the Assad forces' attempt to take X'.
    text = "وكانت فصائل الثوار أعلنت أمس عن تصديها لمحاولة قوات الأسد السيطرة على قرية الهبيط."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "attacked") not in claims


def test_a_place_a_side_seeks_to_reach_is_attacked(index):
    # Watan FM 2015: 'the opposition sources said they took the hills ..., and seek through their battles to reach the
    # city of Khan Arnabah, the province's centre'.
    text = "وذكرت مصادر المعارضة أنها سيطرت على بلدة سكيك، وتسعى من خلال معاركها للوصول إلى مدينة الهبيط مركز المحافظة."
    claims, _ = claims_of(text, index)
    assert ("سكيك", "opposition", "captured") in claims
    assert ("الهبيط", "opposition", "attacked") in claims and (
        "الهبيط",
        "opposition",
        "captured",
    ) not in claims


def test_a_place_become_under_fire_control_is_attacked(index):
    # Al-Alam 2019: 'media sources confirmed that Maarat al-Numan became under the Syrian army's fire control'.
    claims, _ = claims_of("مصادر اعلامية اكدت ان بلدة الهبيط باتت تحت السيطرة النارية للجيش السوري.", index)
    assert claims == {("الهبيط", "government", "attacked")}


def test_a_passive_liberation_of_the_places_named_just_before(index):
    # Al-Alam 2019: '320 square kilometres the Syrian army liberated in six days ... 45 villages and towns, the most
    # prominent al-Sarman and Jarjanaz, were liberated after violent battles with the terrorist groups'.
    text = (
        "320 كيلومترا مربعا هي المساحة التي حررها الجيش السوري في ستة ايام فقط في ريف ادلب الجنوبي الشرقي.. "
        "45 قرية وبلدة ابرزها الهبيط وسكيك تم تحريرها بعد معارك عنيفة مع الجماعات الارهابية."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")}
    # "النقاط التي تم استعادتها" and "ناحية يتم تحريرها" are told of a common noun, not of the place before it.
    text = "تقدمت قوات الأسد نحو بلدة الهبيط، بالتزامن مع تمشيط النقاط التي تم استعادتها من الميليشيات."
    claims, _ = claims_of(text, index)
    assert not {c for c in claims if c[0] == "الهبيط" and c[2] in ("captured", "recaptured")}


def test_places_besieged_by_a_side_named_after_min_qibal_are_its_attack(index):
    # Zaman al-Wasl 2015: 'towards the two towns of "Kafraya" and "al-Fu'a", besieged by the rebels'.
    text = 'يتعرض سكان بلدتي "الهبيط" و "سكيك" المحاصرتين من قبل الثوار لنقص حاد في الغذاء.'
    found, reading = claims_of(text, index)
    assert found == {("الهبيط", "opposition", "attacked"), ("سكيك", "opposition", "attacked")}
    assert "المحاصرتين" not in [m.surface for m in reading.geo.mentions]


def test_the_free_army_named_by_its_adjective_alone(index):
    # Akhbar Al-Aan 2012: 'Harasta, which fell into the hands of the Free (Army)' - "الحر" alone is the FSA.
    text = "نبدأ من جهة الشمال الشرقي حيث بلدة الهبيط التي سقطت بأيدي الحر ثم نزولا الى الشرق."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "opposition", "captured")}


def test_the_government_named_by_its_seat(index):
    # Nabd Syria quoting the Sweida National Guard 2025: 'armed groups loyal to the Damascus authority' attacked.
    text = "شنت مجموعات مسلّحة تابعة لسلطة دمشق هجوماً على بلدة الهبيط."
    claims, _ = claims_of(text, index, published=dt.date(2025, 11, 14))
    assert claims == {("الهبيط", "government", "attacked")}


def test_forces_stationed_inside_a_town_hold_it(index):
    # Veto quoting the FSA via Al Arabiya 2013: 'this battle is very important given the stationing of the regime
    # forces inside the town of Khirbet Ghazaleh'.
    text = "وقال الجيش الحر إن هذه المعركة مهمة للغاية نظرا لتمركز قوات النظام داخل بلدة الهبيط، وخلوها من السكان."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "held") in claims


def test_factions_said_to_belong_to_turkey_are_the_sna(index):
    # North Press 2019: 'the armed Syrian opposition factions belonging to Turkey shelled the villages of Aqiba and
    # Bina' - "التابعة لتركيا" as "الموالية لتركيا" makes the article one of Turkey's operation.
    # ... and 'the opposition factions stationed in the villages of Kimar and Kobla' in the next sentence are the SNA too.
    text = (
        "قامت فصائل المعارضة السورية المسلّحة التابعة لتركيا بقصف قرية الهبيط بعشرات القذائف. "
        "وأفادت مصادر محلية أن فصائل المعارضة المتمركزة في قرية سكيك قصفت قرية عابدين."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "sna", "attacked"), ("سكيك", "sna", "held"), ("عابدين", "sna", "attacked")}


def test_forces_entering_a_place_to_support_their_side_there_hold_it(index):
    # Egy Press quoting SANA 2025: 'forces of the Defence Ministry entered the city of Tartus to support the General
    # Security forces' - reinforcements into a place their side holds, no capture.
    text = "وذكرت الوكالة أن قوات الجيش السوري دخلت مدينة الهبيط لمساندة قوات إدارة الأمن العام في قتال فلول النظام."
    claims, _ = claims_of(text, index, published=dt.date(2025, 3, 7))
    assert claims == {("الهبيط", "government", "held")}


def test_places_excepted_from_a_withdrawal_are_still_held(index):
    # Sama News quoting SOHR 2024: 'the Syrian army's forces withdrew from the whole of Idlib province ..., except the
    # towns of Khan Shaykhun and Kafranbel in the south of the province, where military forces are present'.
    text = (
        "وذكر المرصد أن قوات الجيش السوري انسحبت من كامل محافظة إدلب بما فيها بلدة الهبيط، باستثناء مدن خان شيخون "
        "وكفرعين في جنوب المحافظة، حيث تتواجد قوات عسكرية ضمن مركز المدن."
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "government", "withdrew") in claims
    assert ("خان شيخون", "government", "held") in claims and ("كفرعين", "government", "held") in claims
    assert not {c for c in claims if c[0] in ("خان شيخون", "كفرعين") and c[2] == "withdrew"}


def test_a_town_after_fi_behind_a_village_taken_frames_it(index):
    # Akhbar Al-Aan 2013: 'five months after the Free Army took the town of al-Yaqubiya in Jisr al-Shughur' - the
    # village is taken; the town it lies by frames it.
    text = "بعد نحو خمسة أشهر من سيطرة الجيش السوري الحر على بلدة الهبيط في خان شيخون بريف إدلب، بدأ الأهالي بالعودة."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "opposition", "captured")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "وقعت البلدة في قبضة الثوار": a fall into a side's grip is its capture, though the tokenizer's bare
        # reading of "وقعت" is و + "قعت".
        ("وقعت بلدة الهبيط في قبضة الثوار بعد معارك عنيفة.", {("الهبيط", "opposition", "captured")}),
        # "ثم وصلت إلى أطراف": reaching a town's edge after a capture is no capture of the town, whether
        # وصلت carries its و or not.
        (
            "سيطرت قوات النظام على قرية الهبيط، ثم وصلت إلى أطراف مدينة خان شيخون.",
            {("الهبيط", "government", "captured")},
        ),
        # A loss of control as a noun with the side between ("فقدان قوات النظام السيطرة على") is no capture.
        (
            "وأدى الهجوم إلى فقدان قوات النظام السيطرة على بلدة الهبيط.",
            {("الهبيط", "government", "withdrew")},
        ),
        # Al Jazeera 2016: "فقد خسر تنظيم هناك في يونيو العام الماضي مدينة تل أبيض": a town lost.
        (
            "فقد خسر تنظيم الدولة هناك في يونيو العام الماضي مدينة خان شيخون وقرى في محيطها.",
            {("خان شيخون", "isis", "withdrew")},
        ),
    ],
)
def test_falls_reaches_and_losses_read_with_their_first_letter_kept(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_officers_lost_are_no_place_lost():
    # Baladi News 2018: "وخسرت قوات النظام أمس ثلاثة ضباط برتب رفيعة، وهم العقيد "وسام جحجاح" من القرداحة" -
    # men lost, from a town that is their home, not the town.
    idx = index_of([(P(1, "القرداحة", "Qardaha", "town", 35.4553, 36.0617, "SY06"), ["القرداحة"])])
    text = 'وخسرت قوات النظام أمس ثلاثة ضباط برتب رفيعة، وهم العقيد "وسام جحجاح" من القرداحة.'
    claims, reading = claims_of(text, idx)
    assert claims == set() and [m.surface for m in reading.geo.mentions] == ["القرداحة"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ronahi 2023: "تواصل قوات سوريا الديمقراطية تمشيط بلدة الطيانة" - combing a town is holding it.
        ("تواصل قوات سوريا الديمقراطية تمشيط بلدة الهبيط.", {("الهبيط", "sdf", "held")}),
        # Ad-Diyar quoting SANA 2020: "وحدات الجيش حررت معظم أحياء مدينة معرة النعمان ... وبدأت عمليات
        # تمشيطها" - its "it" is the town just taken.
        (
            "وحدات الجيش حررت معظم أحياء مدينة خان شيخون بريف إدلب الجنوبي وبدأت عمليات تمشيطها.",
            {("خان شيخون", "government", "captured"), ("خان شيخون", "government", "held")},
        ),
        # Al-Akhbar 2014: "استعادت «وحدات حماية الشعب» ... السيطرة على قرية «جل أوغلي» ...، استطاعت خلالها أيضاً
        # تمشيط قرى عدة في الريفين الجنوبي والغربي للمدينة" - the villages combed are not named.
        (
            "استعادت وحدات حماية الشعب أمس السيطرة على قرية الهبيط، استطاعت خلالها أيضاً تمشيط قرى عدة في الريفين.",
            {("الهبيط", "sdf", "recaptured")},
        ),
    ],
)
def test_a_side_combing_a_place_holds_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_those_forces_are_the_side_last_named_so_not_the_last_subject(index):
    # Al Jazeera 2016: "واصلت مدفعية الجيش التركي ... قصف مواقع ما يعرف بـ"قوات سوريا الديمقراطية" ... ويأتي ذلك
    # بينما استولت تلك القوات أمس الاثنين على مدينة تل رفعت" - "those forces" are the SDF, not the Turkish army.
    text = (
        'واصلت مدفعية الجيش التركي لليوم الثالث على التوالي قصف مواقع ما يعرف بـ"قوات سوريا الديمقراطية" '
        "في ريف حلب الشمالي. ويأتي ذلك بينما استولت تلك القوات أمس الاثنين على مدينة خان شيخون."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("خان شيخون", "sdf", "captured")}


def test_a_canton_frames_its_villages_and_a_base_fired_from_is_held():
    idx = index_of(
        [
            (P(1, "الصيادة", "Sayada", "village", 36.5901, 37.9462, "SY02"), ["الصيادة"]),
            (P(2, "منبج", "Menbij", "city", 36.5281, 37.9549, "SY02"), ["منبج"]),
            (P(3, "الداودية", "Dawoodiyeh", "village", 36.6931, 40.0625, "SY08"), ["الداودية"]),
            (P(4, "أم عشبة", "Um Ashba", "village", 36.6571, 40.0921, "SY08"), ["أم عشبة"]),
        ]
    )
    # Hawar via Selam Democratic 2023: "قصف جيش الاحتلال التركي ومرتزقته ... قرى الصيادة، ... في مقاطعة منبج" - the
    # canton (مقاطعة) is context, as a countryside is: no claim on the city of Manbij.
    claims, _ = claims_of("وقصف جيش الاحتلال التركي ومرتزقته ليلة الاثنين قرى الصيادة في مقاطعة منبج.", idx)
    assert claims == {("الصيادة", "sna", "attacked")}
    # Syriac Press 2020: "قيام جيش الاحتلال التركي بقصف تلك القرى من قاعدته في قرية الداودية" - its base is its hold.
    claims, _ = claims_of("وقام جيش الاحتلال التركي بقصف قرية أم عشبة من قاعدته في قرية الداودية.", idx)
    assert claims == {("أم عشبة", "sna", "attacked"), ("الداودية", "sna", "held")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Zaman al-Wasl 2015: "بدك القرى الموالية للنظام، كقرى مريمين وقرمص والشنيّة، بعشرات القذائف" - pounding.
        ("قامت الفصائل بدك قرية الهبيط بعشرات القذائف الصاروخية.", {("الهبيط", "opposition", "attacked")}),
        # Al-Baath 2016: "فيما تقدم الجيش لتطويق مدينة القريتين ... من ثلاثة جهات" - an encirclement.
        ("فيما تقدم الجيش لتطويق مدينة خان شيخون من ثلاثة جهات.", {("خان شيخون", "government", "attacked")}),
        # Al-Akhbar 2015: "بعد فشل المسلّحين في تحقيق أي تقدّم في جبا وخان أرنبة ومدينة البعث" - the defenders held.
        (
            "بعد فشل المسلّحين في تحقيق أي تقدّم في الهبيط وخان شيخون، بعد معارك عنيفة مع مواقع الجيش.",
            {("الهبيط", "government", "held"), ("خان شيخون", "government", "held")},
        ),
        ("لم يحقق المسلحون أي تقدم في بلدة الهبيط.", {("الهبيط", "government", "held")}),
    ],
)
def test_pounding_encircling_and_no_progress_told_with_tahqiq(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_the_new_governments_internal_security_is_the_government_side(index):
    # Nayrouz quoting a SANA security source, 2025: "استعادت قوات الأمن الداخلي السورية، عصر اليوم الأحد، السيطرة
    # الكاملة على مواقع تل الحديد وريمة حازم وبلدة ولغا".
    text = "استعادت قوات الأمن الداخلي السورية، عصر اليوم الأحد، السيطرة الكاملة على بلدة الهبيط."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "recaptured")}


def test_strikes_feared_are_no_attack(index):
    # Al-Sharq 2012: "وأمس أكملت قوات الأسد انسحابها من قريتي بينين وحنتوتين باتجاه معرة النعمان ... خوفا من ضربات
    # الجيش الحر" - the withdrawal, yesterday; the Free Army's strikes are only feared.
    text = "وأمس أكملت قوات الأسد انسحابها من قرية الهبيط باتجاه خان شيخون خوفا من ضربات الجيش الحر."
    claims, reading = claims_of(text, index)
    assert claims == {("الهبيط", "government", "withdrew")}
    assert {(c.date_start, c.date_end) for c in reading.claims} == {
        (dt.date(2019, 8, 12), dt.date(2019, 8, 12))
    }


def test_ala_of_a_set_phrase_makes_no_side_the_enemy(index):
    # Al-Akhbar 2015: "فيستمر صمود الجيش والأهالي ... لليوم الثالث على التوالي، في منع المسلحين من أي تقدّم بعد
    # سيطرتهم قبل يومين على التلول الحمر" - "their control" is the gunmen's; على التوالي names no enemy.
    text = (
        "فيستمر صمود الجيش والأهالي ومقاتلي اللجان الشعبية لليوم الثالث على التوالي، في منع المسلحين من أي "
        "تقدّم بعد سيطرتهم قبل يومين على قرية الهبيط."
    )
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "opposition", "captured") in claims
    assert ("الهبيط", "government", "captured") not in claims


def test_a_sides_zones_of_control_are_its_hold_and_no_capture(index):
    # Shaam 2017: "شن تنظيم "الدولة " ... هجوم واسع ومباغت على مناطق سيطرة قوات الأسد في كل من قرية عقارب الصافي
    # والمفكر" - the regime's zones, attacked by IS; nobody took them.
    text = "شن تنظيم الدولة صباح اليوم هجوما واسعا على مناطق سيطرة قوات الأسد في قرية الهبيط وخان شيخون."
    claims, _ = claims_of(text, index)
    assert claims == {
        ("الهبيط", "isis", "attacked"),
        ("خان شيخون", "isis", "attacked"),
        ("الهبيط", "government", "held"),
        ("خان شيخون", "government", "held"),
    }
    # Tunisien 2018: "لانسحاب آلاف المقاتلين ... من الرحيبة ... إلى منطقة سيطرة الفصائل المعارضة في الشمال السوري":
    # the zones name no place here; what they left is no hold.
    text = "لانسحاب آلاف المقاتلين وعائلاتهم من الهبيط إلى منطقة سيطرة الفصائل المعارضة في الشمال السوري."
    claims, _ = claims_of(text, index)
    assert ("الهبيط", "opposition", "held") not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # North Press 2022: "وتعرّضت قرى: قره موغ، ... لقصفٍ عنيف من الجانب التركي بالمدفعية والهاون".
        ("وتعرّضت قرية الهبيط لقصفٍ عنيف من الجانب التركي بالمدفعية والهاون.", {("الهبيط", "sna", "attacked")}),
        # Yekiti Media 2018: "احتلت قــوات العدوان التركي اليوم السبت أجـزاء مــن بلدة راجــو".
        ("احتلت قــوات العدوان التركي اليوم السبت أجـزاء مــن بلدة الهبيط.", {("الهبيط", "sna", "captured")}),
    ],
)
def test_turkeys_side_by_the_names_kurdish_outlets_give_it(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_a_clause_put_first_takes_the_side_the_sentence_names_after_it(index):
    # Sawt al-Hayat 2020: "بعد قطعِها الطريقَ الدوليّ حلب – دمشق، وسيطرتِها على قريتي كدور ورويحة وبلدتي النيرب وترنبة،
    # أصبحت قواتُ النظامِ السوريّ على مشارفِ مدينةِ سراقب" - "its" control is the regime forces' named after it.
    text = (
        "بعد قطعِها الطريقَ الدوليّ حلب – دمشق، وسيطرتِها على قريتي الهبيط وعابدين، أصبحت قواتُ النظامِ السوريّ "
        "على مشارفِ مدينةِ خان شيخون."
    )
    claims, _ = claims_of(text, index)
    assert {("الهبيط", "government", "captured"), ("عابدين", "government", "captured")} <= claims


def test_occupation_in_the_present_is_a_hold_not_a_capture(index):
    # Yeni Safak carrying Anadolu 2019: "قصف بقذائف الهاون نفذه تنظيم "ي ب ك/بي كا كا" الإرهابي من المناطق التي يحتلها
    # شمالي سوريا" - the areas it holds; the Turkish town the shells fell on is taken by nobody.
    text = (
        'استشهد مدنيان بمدينة خان شيخون، جراء قصف بقذائف الهاون نفذه تنظيم "ي ب ك/بي كا كا" الإرهابي من المناطق '
        "التي يحتلها شمالي سوريا."
    )
    claims, _ = claims_of(text, index)
    assert not any(change == "captured" for _place, _side, change in claims)
    claims, _ = claims_of("قصفت قوات النظام بلدة الهبيط التي يحتلها المسلحون.", index)
    assert claims == {("الهبيط", "government", "attacked"), ("الهبيط", "opposition", "held")}


def test_an_observation_post_set_up_in_a_town_holds_no_town(index):
    # Observation posts give no claim (the corpus rules, blind6/blind27): "أقامت القوات التركية نقطة مراقبة في بلدة
    # مورك"; checkpoints set up in a town still hold it.
    claims, _ = claims_of("وأقامت القوات التركية نقطة مراقبة في بلدة الهبيط.", index)
    assert claims == set()
    claims, _ = claims_of("ونصبت قوات النظام حواجز في بلدة الهبيط.", index)
    assert claims == {("الهبيط", "government", "held")}
    # New Orient News 2018: "القوات الروسية أقامت عدة نقاط مراقبة وحاجزين في الحولة" - checkpoints besides the posts.
    claims, _ = claims_of(
        "وقالت مصادر إن القوات الروسية أقامت عدة نقاط مراقبة وحاجزين في بلدة الهبيط.", index
    )
    assert claims == {("الهبيط", "government", "held")}


def test_the_source_of_fire_names_the_attacker_and_zones_held_name_no_place(index):
    # Syria TV 2021: "تعرضتا لقصفٍ مدفعي مصدره مواقع قوات النظام" - the source of the shells is the attacker.
    claims, _ = claims_of("تعرضت بلدتا الهبيط وعابدين لقصفٍ مدفعي مصدره مواقع قوات النظام.", index)
    assert claims == {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}
    # Qasioun 2024: "لقصف بثماني قذائف صاروخية مصدرها مناطق تسيطر عليها قسد" - the areas the SDF holds are no
    # capture of the town hit.
    text = "تعرضت الأحياء السكنية في مدينة خان شيخون لقصف بثماني قذائف صاروخية مصدرها مناطق تسيطر عليها قسد."
    claims, _ = claims_of(text, index)
    assert ("خان شيخون", "sdf", "captured") not in claims


def test_the_shelling_told_again_is_the_side_it_came_from_not_the_last_subject(index):
    # HuffPost Arabi quoting Anadolu 2015: "تعرضت منطقة جبل التركمان ... لقصف مكثف بمئات القذائف والصواريخ من الطيران
    # الروسي ومدفعية النظام السوري ... يأتي القصف المكثف بعد أن استعادت فصائل المعارضة السورية، أمس، نقاطاً ...
    # وأفادت مصادر محلية ... بأن القصف شمل قرى ربيعة والسكرية" - "the shelling" is the Russian and regime fire.
    text = (
        "تعرضت منطقة جبل التركمان لقصف مكثف بمئات القذائف والصواريخ من الطيران الروسي ومدفعية النظام السوري.\n"
        "يأتي القصف المكثف بعد أن استعادت فصائل المعارضة السورية، أمس، نقاطاً خسرتها في المنطقة.\n"
        "وأفادت مصادر محلية بأن القصف شمل قرى الهبيط وعابدين."
    )
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "attacked"), ("عابدين", "government", "attacked")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Mayadeen 2022: "الجيش السوري يعزز نقاطه في منبج والقامشلي وتل رفعت" - its own points, held.
        (
            "الجيش السوري يعزز نقاطه في الهبيط وخان شيخون.",
            {("الهبيط", "government", "held"), ("خان شيخون", "government", "held")},
        ),
        # Shafaq News 2021: "حي الطي الذي يتحصن فيه مسلحو الدفاع الوطني" - entrenched there.
        ("اشتباكات في بلدة الهبيط التي يتحصن فيها مسلحو الدفاع الوطني.", {("الهبيط", "government", "held")}),
        # Kurdistan24 quoting SOHR 2024: "ويطوقون بلدات زاكية وخان الشيح وسعسع" - a siege in the present.
        (
            "وقال المرصد إن مقاتلي المعارضة يطوقون بلدتي الهبيط وعابدين.",
            {("الهبيط", "opposition", "attacked"), ("عابدين", "opposition", "attacked")},
        ),
    ],
)
def test_positions_reinforced_entrenched_and_encircled(index, text, expected):
    claims, _ = claims_of(text, index)
    assert expected <= claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Akhbar 2018: "بل استكمل السيطرة على بلدات ناحتة والمليحتين ...، ليصبح خط التماس مع الفصائل المسلحة، على
        # أطراف بلدات الحراك ورخم" - "so that it became" ends the capture's places.
        (
            "بل استكمل الجيش السيطرة على بلدة الهبيط، ليصبح خط التماس مع الفصائل المسلحة على أطراف بلدة عابدين.",
            {("الهبيط", "government", "captured")},
        ),
        # Daraa 24 2025: "سحب الجيش السوري السلاح الثقيل من مدينة السويداء صباح اليوم" - arms withdrawn, not the army.
        ("سحب الجيش السوري السلاح الثقيل من مدينة خان شيخون صباح اليوم.", set()),
    ],
)
def test_so_that_it_became_ends_a_capture_and_arms_withdrawn_are_no_withdrawal(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A siege broken is the breaker's hold (the corpus rules), with the side between the verb and the siege.
        ("فكت قوات النظام الحصار عن بلدة الهبيط.", {("الهبيط", "government", "held")}),
        ("فك الثوار الحصار عن مدينة خان شيخون.", {("خان شيخون", "opposition", "held")}),
        # (and "كسر حصار فرضه التنظيم": the side after the siege laid it)
        ("تمكنت الفصائل من كسر حصار فرضه التنظيم على بلدة الهبيط.", {("الهبيط", "opposition", "held")}),
    ],
)
def test_a_siege_broken_with_the_side_between_is_the_breakers_hold(index, text, expected):
    claims, _ = claims_of(text, index)
    assert claims == expected


def test_a_stronghold_in_a_province_and_a_sides_one_stronghold_in_a_city():
    idx = index_of(
        [
            (P(1, "السخنة", "Sukhneh", "town", 34.89, 38.87, "SY04"), ["السخنة"]),
            (P(2, "حمص", "Homs", "city", 34.73, 36.71, "SY04"), ["حمص"]),
            (P(3, "الرقة", "Ar-Raqqa", "city", 35.95, 39.01, "SY11"), ["الرقة"]),
        ]
    )
    # Al-Alam 2017: "مدينة السخنة آخر معاقل داعش في حمص" - the town is the stronghold, Homs its province.
    claims, _ = claims_of("وتقدم الجيش نحو مدينة السخنة آخر معاقل داعش في حمص.", idx)
    assert claims == {("السخنة", "isis", "held")}
    # DW 2015: "طريق إمداد تنظيم داعش إلى معقله في الرقة" - the side's one stronghold, the city.
    claims, _ = claims_of('وقطعوا طريق إمداد تنظيم "داعش" إلى معقله في الرقة.', idx)
    assert claims == {("الرقة", "isis", "held")}


def test_villages_subject_to_a_side_named_with_its_lam_then_listed():
    idx = index_of(
        [
            (P(1, "بيت آره", "Beit Ara", "village", 32.76, 35.88, "SY12"), ["بيت آره"]),
            (P(2, "عابدين", "Abdin", "village", 32.74, 35.87, "SY12"), ["عابدين"]),
            (P(3, "القصير", "Qseir", "village", 32.75, 35.90, "SY12"), ["القصير"]),
        ]
    )
    # Aajel 2018: "آخر القرى الخاضعة لداعش بحوض اليرموك، مستهدفاً بيت آره وعابدين والقصير".
    text = (
        "وأغار الطيران الحربي للنظام، صباحاً، على آخر القرى الخاضعة لداعش بحوض اليرموك، مستهدفاً بيت آره وعابدين "
        "والقصير وغيرها."
    )
    claims, _ = claims_of(text, idx)
    places = ("بيت آره", "عابدين", "القصير")
    assert claims == {(p, "government", "attacked") for p in places} | {(p, "isis", "held") for p in places}


def test_the_city_a_direction_is_given_from_takes_no_claim():
    idx = index_of(
        [
            (P(1, "الشعفة", "Shaafa", "town", 34.67, 40.76, "SY09"), ["الشعفة"]),
            (P(2, "دير الزور", "Deir-ez-Zor", "city", 35.33, 40.14, "SY09"), ["دير الزور"]),
        ]
    )
    # Shaam 2019: "تقدم ... في بلدة الشعفة شرق ديرالزور" - the city is named, as a landmark: no claim on it.
    claims, reading = claims_of("سيطرت قوات سوريا الديمقراطية على بلدة الشعفة شرق دير الزور.", idx)
    assert claims == {("الشعفة", "sdf", "captured")}
    assert "دير الزور" in {m.surface for m in reading.geo.mentions if not m.is_area}


def test_a_sides_own_operations_in_named_places_are_attacks():
    idx = index_of(
        [
            (P(1, "معردبسة", "Maar Dibsi", "village", 35.83, 36.86, "SY07"), ["معردبسة"]),
            (P(2, "كفر بطيخ", "Kafr Battikh", "village", 35.82, 36.83, "SY07"), ["كفر بطيخ"]),
        ]
    )
    # SY24 2020: "وتواصل الفصائل عملياتها في قرى معردبسة وكفر بطيخ وتل مرديخ في ريف إدلب الشرقي".
    claims, _ = claims_of("وتواصل الفصائل عملياتها في قرى معردبسة وكفر بطيخ في ريف إدلب الشرقي.", idx)
    assert claims == {("معردبسة", "opposition", "attacked"), ("كفر بطيخ", "opposition", "attacked")}
    # Sputnik 2018: "إطلاق الجيش السوري لعملياته في بلدات حزة وزملكا وعربين".
    claims, _ = claims_of("بالتزامن مع إطلاق الجيش السوري لعملياته في بلدتي معردبسة وكفر بطيخ.", idx)
    assert claims == {("معردبسة", "government", "attacked"), ("كفر بطيخ", "government", "attacked")}
    # Operations named without a place ("عملياتها العسكرية") give none.
    claims, _ = claims_of("وأعلنت الفصائل انتهاء عملياتها قرب معردبسة.", idx)
    assert claims == set()


def test_positions_of_a_side_in_named_areas_are_its_hold():
    idx = index_of(
        [
            (P(1, "تل رفعت", "Tall Refaat", "town", 36.47, 37.1, "SY02"), ["تل رفعت"]),
            (P(2, "مرعناز", "Maraanaz", "village", 36.54, 37.05, "SY02"), ["مرعناز"]),
        ]
    )
    # ISW News 2022: "استهدفت مواقع قوات “قسد” في مناطق تل رفعت ومرعناز وحربل وأم الحوش ...".
    text = "وأوضحت أن عشرات الصواريخ وقذائف المدفعية استهدفت مواقع قوات قسد في مناطق تل رفعت ومرعناز."
    claims, _ = claims_of(text, idx)
    assert claims == {("تل رفعت", "sdf", "held"), ("مرعناز", "sdf", "held")}


def test_the_forces_of_the_government_in_damascus_are_the_government():
    idx = index_of([(P(1, "قرموغ", "Qarmugh", "village", 36.88, 38.5, "SY02"), ["قرموغ"])])
    # Syriac Press 2022: "بالتزامن مع استهداف نقطة لقوات حكومة دمشق في قرية قرموغ شرق كوباني".
    claims, _ = claims_of("بالتزامن مع استهداف نقطة لقوات حكومة دمشق في قرية قرموغ.", idx)
    assert claims == {("قرموغ", "government", "held")}
    claims, _ = claims_of("وقصفت قوات حكومة دمشق قرية قرموغ.", idx)
    assert claims == {("قرموغ", "government", "attacked")}


def test_a_present_control_verb_joined_to_an_advance_going_on_tells_its_captures(index):
    # Al-Khabar TV 2017: "الجيش العربي السوري يواصل تقدمه في ريف الرقة الجنوبي، ويسيطر على بلدات حويجة شنان، الرحبي".
    text = "الجيش العربي السوري يواصل تقدمه في ريف إدلب الجنوبي، ويسيطر على بلدات الهبيط وسكيك."
    claims, _ = claims_of(text, index)
    assert claims == {("الهبيط", "government", "captured"), ("سكيك", "government", "captured")}
    # A present control verb with no advance told is a state held.
    claims, _ = claims_of("وأضاف المصدر أن الجيش يسيطر على بلدتي الهبيط وسكيك.", index)
    assert claims == {("الهبيط", "government", "held"), ("سكيك", "government", "held")}
