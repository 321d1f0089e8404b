"""The geoparser: a text's place mentions, found in the index and resolved with the text's own context."""

from __future__ import annotations

from functools import lru_cache, partial

from gazetteer.geoparse.areas import AreasMixin
from gazetteer.geoparse.blocking import BlockingMixin
from gazetteer.geoparse.districts import (
    QUARTER_WORDS,
    _city_districts,
    _district_head,
    _district_named,
    _district_word,
)
from gazetteer.geoparse.names import NameBoundsMixin
from gazetteer.geoparse.resolution import ResolutionMixin
from gazetteer.geoparse.results import GeoparseResult, Mention, Token
from gazetteer.geoparse.text import (
    _built_once,
    _governorate,
    first_word_keys,
    key_prefixes,
    name_words,
    norm_word,
    split_sentences,
    tokenize,
)
from gazetteer.geoparse.vocabulary import (
    AREA_WORDS,
    BOUNDARY_WORDS,
    CITY_KINDS,
    COMMON_WORDS,
    COMPLEMENTIZER_WORDS,
    COUNTRYSIDE_BEFORE,
    CUE_ADJECTIVES,
    CUES,
    DIRECTIONS,
    FIRST_NAMES,
    HARD_PUNCT,
    LIST_ADJECTIVES,
    LIST_OPENERS,
    LIST_OPENERS_FAR,
    LOCATIVES,
    MAX_WORDS,
    NAME_DIRECTIONS,
    NAME_LINKS,
    NAME_PREFIX_KEYS,
    NAMED_CUES,
    PART_OF_WORDS,
    QUOTES,
    REGION_WORDS,
    RELATIVE_PRONOUNS,
    SIZE_QUALIFIERS,
    SIZE_SPELLINGS,
    STOPWORDS,
    SUBDISTRICT_BEFORE,
    TANWEEN,
    THE_PLACE_TOLD,
)
from gazetteer.geoparse.words import (
    PERSON_PREFIX_KEYS,
    _aside_end,
    _clean_surface,
    _counted,
    _cue_reading,
    _direction_end,
    _dual_cue,
    _is_list_item,
    _list_cue,
    _list_head,
    _name_ali,
    _name_word,
    _never_alone,
    _norm_first,
    _numbered_item,
    _ordinary_word,
    _region_or_area,
    _short_quotes,
    _side_phrase_end,
    _strip_quotes,
    _with_pronoun,
)
from gazetteer.normalize import (
    bare_word,
    name_key,
    normalize_text,
    strip_article,
)
from gazetteer.ordinary_words import is_ordinary


class Geoparser(AreasMixin, BlockingMixin, NameBoundsMixin, ResolutionMixin):
    """Finds and resolves the place mentions of one text against a name index."""

    def __init__(self, index=None):
        if index is None:
            from gazetteer import geoparse  # looked up at call time, so tests can swap the default index

            index = geoparse.default_index()
        self.index = index

    def parse(self, text: str) -> GeoparseResult:
        tokens = tokenize(text)
        sentences = split_sentences(text)
        blocked = self._blocked(tokens)
        mentions: list[Mention] = []
        used = [False] * len(tokens)
        self._areas(text, tokens, used, mentions)
        self._places(text, tokens, used, blocked, mentions)
        mentions.extend(self._cities_of_directions(text, mentions))
        mentions.sort(key=lambda m: m.start)
        previous = None
        for m in mentions:
            if text[m.start : m.start + 1].isspace():
                # (a name after a و typed apart from it: the token's clitic offset lands on the space)
                m.surface = m.surface.strip()
                m.start = len(text) - len(text[m.start :].lstrip())
                if text.startswith(m.surface, m.start):
                    m.end = m.start + len(m.surface)
            for s, e in sentences:
                if s <= m.start < e:
                    m.sentence, m.sentence_start = text[s:e], s
                    break
            m.countryside = (
                not m.is_area
                and bool(
                    COUNTRYSIDE_BEFORE.search(text, max(0, m.start - 30), m.start)
                    or SUBDISTRICT_BEFORE.search(text, max(0, m.start - 30), m.start)
                    # "ريف عين العرب (كوباني) الغربي": the other name in brackets of a countryside's town
                    or (
                        previous is not None
                        and previous.countryside
                        and text[previous.end : m.start].strip() == "("
                        and text[m.end : m.end + 3].lstrip().startswith(")")
                    )
                )
            )
            previous = m
        self._resolve(mentions, self._governorates_named(tokens, sentences))
        _city_districts(mentions, tokens, self.index)
        return GeoparseResult(mentions, sentences, text, tokens)

    def _cities_of_directions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """The city a direction is given from ("بلدة الشعفة شرق دير الزور", "عين عيسى شمال الرقة"): a mention of the
        city beside the area phrase, which stays the context of the places around (the annotators name the city)."""
        out = []
        for m in mentions:
            if not m.is_area or m.area is None:
                continue
            words = m.surface.split()
            lead = [w for w in words if norm_word(w) in DIRECTIONS]
            if not lead or norm_word(words[0]) not in DIRECTIONS or len(words) - len(lead) not in (1, 2):
                continue  # (not "ريف حلب", "محافظة درعا", "دير الزور الشرقي")
            name = " ".join(words[len(lead) :])
            if _norm_first(name.split()[0]) in AREA_WORDS:
                continue  # ("شمال غرب محافظة إدلب": the province)
            found = self._lookup([t for t in tokenize(name) if t.is_word])
            if not found:
                continue
            start = m.start + m.surface.rfind(name)
            city = Mention(
                surface=name, start=start, end=start + len(name), sentence="", sentence_start=0, landmark=True
            )
            city.candidates = [
                (self.index.places[pid], 1.0, "exact")
                for pid in found[1]
                if pid in self.index.places and getattr(self.index.places[pid], "kind", None) in CITY_KINDS
            ]
            if city.candidates:
                out.append(city)
        return out

    def _lookup(self, words: list[Token]) -> tuple[str, tuple[int, ...], int] | None:
        """The best key for these words (first word read with and without clitics) that the index has."""
        rests = ["".join([w.key for w in words[1:]])]
        if len(words) > 1 and words[-1].key in SIZE_SPELLINGS:
            # "قرعة الكبير" is the gazetteer's "قرعة كبيرة": a size qualifier written with the other gender
            # or as the elative (الكبرى) names the same village (tried after the name as written).
            stem = "".join([w.key for w in words[1:-1]])
            rests += [stem + other for other in SIZE_SPELLINGS[words[-1].key]]
        by_key = self.index.by_key
        for rest in rests:
            for first, clitic_len in first_word_keys(words[0].text):
                ids = by_key.get(first + rest)
                if ids:
                    return first + rest, ids, clitic_len
        return None

    def _places(
        self, text: str, tokens: list[Token], used: list[bool], blocked: list[bool], mentions: list[Mention]
    ) -> None:
        n = len(tokens)
        short_quote = _short_quotes(tokens)
        in_quote = False
        list_open = False  # inside "قرى X وY وZ"
        of_cities = False  # the list is one of cities ("مدينتي حلب وحماة", "4 مدن، وهي درعا والقنيطرة")
        prev_mention_end = -10  # token index after the last mention
        pending_cue: tuple[str, int] | None = None  # (kind, token index of the cue)
        list_start = -1  # token index of the last list cue
        list_head = -1  # token index of the last plural place noun (البلدات، أحياء) in this sentence
        prefixes = key_prefixes(self.index)
        read_word = word_reader(self.index)
        part_joined = -1  # token index after "وجزء من" inside a list: the next item starts there
        i = 0
        while i < n:
            t = tokens[i]
            if not t.is_word:
                if t.text in QUOTES:
                    pass
                elif t.text == "(" and list_open:
                    # حطين (غرب) والبريد: a bracketed side of town is skipped; any other bracket may
                    # hold more of the list: قرى (الريانة وبيت عيوش والمزرعة).
                    close = _aside_end(tokens, i)
                    if close is not None:
                        i = close
                        continue
                elif t.text in ":؛" and (
                    # (not a colon after the list was read and closed: "مناطق ريمة حازم وولغا، مضيفاً: "أصدرنا
                    # أوامر ..."" opens a quote, no more places)
                    # ("حيين في مدينة حلب؛ الشيخ مقصود والأشرفية": straight after a place it still opens one)
                    (
                        list_head >= 0
                        and not list_open
                        and (prev_mention_end <= list_head or prev_mention_end == i)
                    )
                    or (list_open and prev_mention_end <= list_start)
                ):
                    list_open, list_start = True, i  # "البلدات التي دخلها: X، Y وZ", "قرى: X، Y"
                elif t.text == "(" and not list_open and list_head >= 0 and 0 < i - list_head <= 4:
                    list_open, list_start = True, i  # "القرى المحيطة بها (قرية خربة الشيخ، دفة، قولو)"
                elif (
                    t.text in ",،"
                    and not list_open
                    and prev_mention_end == i
                    and _run_of_two(text, mentions, ",،")
                ):
                    # "سيطرت اليوم على (الخريطة، حاوي خريطة، الشميطية، ...، السعدات، وعنابة)": two places in a row
                    # with a comma between them are a list, its later items unknown names as well
                    list_open, list_start = True, i
                elif (
                    t.text in HARD_PUNCT
                    and t.text not in ",،-–—/"  # ("قرى الهبيط/سكيك/عابدين": a slash between items)
                    and not (
                        list_open
                        and t.text == ")"
                        and i + 1 < n
                        and (
                            tokens[i + 1].text in ",،"
                            or (
                                tokens[i + 1].is_word
                                and tokens[i + 1].norm[:1] == "و"
                                and _other_name_bracket(tokens, i)
                            )
                        )
                    )
                ):
                    # (a bracket's end and a comma or و go on with the list: "قرى: اقداش، الشعيب (الجطل)، حليصة",
                    # "قرى دير داما (المياس) والبستان")
                    list_open = False
                    pending_cue = None
                    if t.text in ".!?؟\n":
                        list_head = -1
                elif t.text in ".\n":
                    list_open = False
                    list_head = -1
                i += 1
                continue
            if _list_head(t.norm):
                list_head = i
                of_cities = _city_plural(t.norm)
            if list_open and (t.norm in PART_OF_WORDS or t.norm[1:] in PART_OF_WORDS and t.norm[:1] in "وف"):
                # "أحياء العرضي والحويقة الشرقية، وجزء من الحويقة الغربية، وأجزاء من الرشدية": a part of
                # the next items, the list goes on.
                nxt = i + 1
                if nxt < n and tokens[nxt].is_word and tokens[nxt].norm == "من":
                    nxt += 1
                i = part_joined = nxt
                continue
            if list_open and prev_mention_end > list_start:
                side = _side_phrase_end(tokens, i)
                if side is not None:
                    i = side  # المشلب والصناعة من الجهة الشرقية والرومانية: the list goes on
                    continue
            if used[i] or blocked[i]:
                if used[i]:
                    # An area phrase ends a list only when it is not itself inside the list ...
                    pending_cue = None
                    if list_open and prev_mention_end <= list_start:
                        list_open = False  # ... or is what the list names: "بلدات وقرى ريفي إدلب الجنوبي"
                i += 1
                continue
            in_quote = short_quote[i]
            bare = bare_word(t.norm)
            if (
                not list_open
                and t.norm[:1] == "و"
                and prev_mention_end == i
                and _run_of_two(text, mentions, "و")
            ):
                # "على الخريطة والتبني والسعدات والمسراب": two known places joined by و are a list as well
                list_open, list_start = True, i - 1
            if bare in ("تلها", "تلتها"):
                # "وبلدة سكيك وتلها": the hill of the place just named is part of that place's claim
                # (the seed article's gold), not a mention of its own; the list goes on after it.
                i += 1
                continue
            cue_word, is_list_cue, firsts = read_word(t.text)
            cue_kind = CUES.get(cue_word) if cue_word else None
            # Longest gazetteer match starting here.
            span_words: list[int] = []
            j = i
            # (a و written apart starts no name: "و أدى" is not وادي; nor a relative pronoun: "التي ما زال" is not
            # the village تيما)
            if t.norm in ("و", "ف") or bare_word(t.norm) in RELATIVE_PRONOUNS:
                firsts = ()
            if (
                not firsts
                and not list_open
                and cue_word is None
                and not is_list_cue
                and t.norm[:1] != "و"
                and bare not in LIST_OPENERS
                and bare not in ("ذلك", "فيها", "فيهم")
            ):
                # (most words: no name, cue or list starts here, no list is open, and no و joins the word to a
                # place before it; no rule below can take it)
                i += 1
                continue
            acc = ""
            while j < n and len(span_words) < MAX_WORDS and firsts:
                if span_words:
                    acc += tokens[j].key if tokens[j].is_word else ""
                    if not any(f + acc in prefixes for f in firsts):
                        break
                tj = tokens[j]
                if not tj.is_word or blocked[j] or used[j]:
                    break
                after_prefix = _name_ali(tokens, j) and (
                    len(span_words) == 1 or _name_ali(tokens, j, PERSON_PREFIX_KEYS)
                )  # "الشيخ علي", "تل علي", "تل الشيخ علي": the name Ali (written like the preposition على)
                if (
                    span_words
                    and not after_prefix
                    and (tj.norm in COMPLEMENTIZER_WORDS or tj.norm in ("في", "من", "علي", "الي"))
                ):
                    break  # "بحلب أن" is not حلبان, whatever the joined key says
                if (
                    span_words
                    and tj.norm[:1] == "و"
                    and len(tj.norm) > 2
                    and not self.index.by_key.get(strip_article(tj.norm))
                    # (but "حمام واصل", "عين وردة": the index has the whole name with the و word in it)
                    and not (
                        len(tj.norm) >= 4
                        and tj.norm[1:] not in LOCATIVES
                        and tj.norm[1:] not in BOUNDARY_WORDS
                        and tj.norm[1:] not in COMPLEMENTIZER_WORDS
                        and any((f + acc) in self.index.by_key for f in firsts)
                    )
                ):
                    # A new list item starts with و, unless the word itself is a name (وادي ...).
                    if not tj.norm.startswith("وادي"):
                        break
                span_words.append(j)
                j += 1
            best = None
            if list_open and (
                _district_word(tokens, i, (list_head, list_start))
                or (_district_named(tokens, i, (list_start,)) and _common_word(t.norm))
            ):
                # "أحياء الثورة وجبارة", "أحياء المحطة، والمطار": read as a list item below, not as the town الثورة
                span_words = []
            for length in range(len(span_words), 0, -1):
                words = [tokens[k] for k in span_words[:length]]
                found = self._lookup(words)
                if found:
                    best = (length, found)
                    break
            if (
                best
                and list_open
                and _district_list(tokens, list_head, list_start)
                and _to_comma(tokens, i, i + best[0]) > i + best[0]
            ):
                best = None  # "أحياء (المشلب، باب بغداد)": the district's name is longer than the town الباب
            if best:
                length, (key, ids, clitic_len) = best
                single = length == 1
                locative = self._locative(tokens, i, in_quote, list_open, prev_mention_end, pending_cue)
                strong = locative or (not single) or self._important(ids)
                cued = bool(pending_cue) or list_open
                if single and (_never_alone(tokens[i].text, cued) or (clitic_len and len(key) < 4)):
                    # "بصرى الشام ونوى": a short name joined by و straight after a place is a list item.
                    list_item = (
                        clitic_len == 1
                        and t.norm[:1] == "و"
                        and prev_mention_end == i
                        and len(key) >= 3
                        # ("ريفي إدلب الجنوبي والشرقي": the second direction of an area phrase, no village)
                        and not (mentions and mentions[-1].is_area and strip_article(key) in NAME_DIRECTIONS)
                    )
                    strong = list_item and not _never_alone(tokens[i].text, cued)
                    if not strong and _first_item_named(tokens, i, list_open, list_start):
                        strong = True  # "قرى المتوسطة، وخيارة": a known name that opens a list right after its noun
                    if not strong and self._capital_named(tokens, i, used):
                        strong = True  # "حي بابا عمرو في حمص", "بلدتي نبل والزهراء بحلب": the city itself
                    if not strong and list_open and of_cities and _governorate(tokens[i].text):
                        strong = True  # "تحرير 4 مدن، وهي درعا والقنيطرة": a list of cities names each city
                nxt_tok = i + 1 < n and tokens[i + 1].is_word and not used[i + 1] and not blocked[i + 1]
                if single and key in NAME_PREFIX_KEYS and nxt_tok and not _is_list_item(tokens[i + 1].norm):
                    strong = False  # كفر رم، تل الشيخ حسين: the gazetteer's bare كفر is not the place
                if _norm_first(tokens[i].text) in REGION_WORDS or (
                    i > 0 and tokens[i - 1].is_word and _norm_first(tokens[i - 1].text) in REGION_WORDS
                ):
                    strong = False  # الغوطة الشرقية، سهل الغاب، بحوض اليرموك: regions, not places
                nxt_word = self._next_word(tokens, i)
                if cue_kind and single and nxt_word is not None and not used[nxt_word]:
                    strong = False  # "بلدة" alone is a cue, not the village called Baldah
                if single and bare_word(t.norm) in THE_PLACE_TOLD:
                    # "انتهى بسيطرتها على التلة": the hill told of before, not the village التلة
                    strong = False
                if strong:
                    last = span_words[length - 1]
                    dir_end = _direction_end(tokens, last + 1)
                    if dir_end > last + 1:
                        # "تل عار شرقي": the direction word is part of the name (another place than تل عار).
                        words = [tokens[k] for k in span_words[:length]]
                        d = tokens[last + 1]
                        other = NAME_DIRECTIONS[strip_article(d.norm)]
                        found = self._lookup(words + [d]) or self._lookup(
                            words + [Token(other, other, 0, 0, True)]
                        )
                        countryside = (
                            i > 0
                            and tokens[i - 1].is_word
                            and _norm_first(tokens[i - 1].text)
                            in (
                                "ريف",
                                "ريفي",
                            )
                        )
                        if found or not (countryside and self._important(ids)):
                            ids = found[1] if found else ()
                            span_words = span_words[:length] + [last + 1]
                            length += 1
                        # (else "ريف القصير الجنوبي": the countryside's side, not an unknown southern twin of
                        # the town; but "قرى القنطرة الشمالية والجنوبية" are two villages the index lacks)
                    sized_at = span_words[length - 1] + 1
                    if (
                        dir_end == last + 1
                        and sized_at < n
                        and tokens[sized_at].is_word
                        and not used[sized_at]
                        and not blocked[sized_at]
                        and tokens[sized_at].norm.startswith("ال")
                        and strip_article(tokens[sized_at].norm) in SIZE_SPELLINGS
                        and strip_article(tokens[sized_at].norm) not in ("كبير", "صغير", "كبيره", "صغيره")
                        and norm_word(tokens[span_words[0]].text).lstrip("وبلف").startswith("ال")
                    ):
                        # "والزرّاعة الفوقانية والزرّاعة التحتانية": the upper and lower village of a name the
                        # gazetteer keeps as one (the text's name, the place by the qualifier's spelling or the
                        # name's context).
                        found = self._lookup([tokens[k] for k in span_words[:length]] + [tokens[sized_at]])
                        ids = found[1] if found else ()
                        span_words = span_words[:length] + [sized_at]
                        length += 1
                    if length == 1 and dir_end == last + 1 and (locative or list_open):
                        cont = self._name_continuation(tokens, last, used, blocked, in_list=list_open)
                        if cont is not None:
                            # "وشمرة الحصان": the gazetteer knows شمرة, but the text names شمرة الحصان
                            # (but "عدرا البلد" is عدرا's old town: the same place).
                            span_words = [span_words[0], cont]
                            length = 2
                            if tokens[cont].norm not in QUARTER_WORDS:
                                ids = ()
                    elif (
                        length == 2
                        and dir_end == last + 1
                        and _norm_first(tokens[span_words[0]].text).removeprefix("ال") in NAME_PREFIX_KEYS
                        and bare_word(tokens[span_words[1]].norm)
                        not in FIRST_NAMES  # (الشيخ إبراهيم الهفل: a man)
                    ):
                        cont = self._third_word(tokens, last, used, blocked)
                        if cont is not None:
                            # "تل الشيخ منصور", "تل الشيخ حسين": the gazetteer's تل الشيخ is the start of the
                            # name the text writes.
                            span_words = span_words[:2] + [cont]
                            length = 3
                            ids = ()
                    end_tok = tokens[span_words[length - 1]]
                    start = t.start + clitic_len
                    kind = pending_cue[0] if pending_cue else None
                    surface = text[start : end_tok.end]
                    m = Mention(
                        surface=surface,
                        start=start,
                        end=end_tok.end,
                        sentence="",
                        sentence_start=0,
                        kind=kind,
                    )
                    m.candidates = [
                        (self.index.places[pid], 1.0, "exact") for pid in ids if pid in self.index.places
                    ] or (self._fuzzy_candidates(surface) if length > 1 and not ids else [])
                    mentions.append(m)
                    # بلدة وتل “الصخر”: the cue pair names the village and the hill.
                    if pending_cue and pending_cue[0] == "pair":
                        pass
                    self._coordinated_cue(text, tokens, i, m, mentions)
                    prev_mention_end = span_words[length - 1] + 1
                    i = span_words[length - 1] + 1
                    pending_cue = None
                    continue
            if is_list_cue:
                nxt = self._next_word(tokens, i)
                # "وبعد تحرير البلدتين يخول الجيش": a plural with the article names places told before; a word
                # right after it opens no list (but a quoted or bracketed one does: "القريتين (آرا والكبينة)").
                told_before = nxt == i + 1 and bare_word(t.norm).startswith("ال")
                # ("تلال مرتفعة داخلها", "قرى صغيرة": the plural described, no list)
                described = nxt == i + 1 and tokens[nxt].norm in CUE_ADJECTIVES - LIST_GOES_ON
                list_open = not told_before and not described
                list_start = i
                of_cities = _city_plural(t.norm)
                pending_cue = None
                i += 1
                continue
            # "من بينها" / "ومنها" may stand a few words from the noun (قرى جنوب غرب دمشق، من بينها X).
            from_among = bare in ("بينها", "منها", "ضمنها") and i > 0 and tokens[i - 1].norm in ("من", "ومن")
            reach = (
                25
                if bare in LIST_OPENERS_FAR
                # "مناطق استراتيجية في ريف حماة الشمالي، منها أرزة، الشيحة": a phrase may stand between
                else 12
                if from_among
                or (bare in ("منها", "ابرزها", "اهمها") and i > 0 and tokens[i - 1].text in ",،")
                else 4
            )
            after_pronoun = (
                bare in ("هي", "وهي")
                and i > 0
                and tokens[i - 1].is_word
                and bare_word(tokens[i - 1].norm) in ("عليها", "منها", "فيها", "اليها")
            )  # "بعد سيطرة كاملة لجيش أسود الشرقية عليها وهي الساقية والكراع": the places it names
            including = (
                bare == "ذلك" and i > 1 and tokens[i - 1].norm == "في" and tokens[i - 2].norm == "بما"
            ) or (
                bare in ("فيها", "فيهم") and i > 0 and tokens[i - 1].norm == "بما"
            )  # "معظم قرى وبلدات ريف السويداء، بما في ذلك حزم، الثعلة، صورى الكبرى": the list follows
            if including:
                reach = 12
            if (bare in LIST_OPENERS or including) and (
                (list_head >= 0 and i - list_head <= reach) or after_pronoun
            ):
                # "وتلك القرى هي داودية، والسعيد"; "البلدات التي دخل إليها بمحيط رأس العين هي، المحمودية";
                # "أحياء أخرى بينها حطين والقادسية": the list follows.
                list_open, list_start = True, i
                i += 1
                continue
            if cue_kind and _counted(tokens, i):
                # "(13) بلدة وقرية ومزرعة"، "100 قرية ومزرعة": a count of places, no name follows (but a
                # list may, after هي: "14 قرية في ريف حلب، وهي X وY").
                list_head = i
                of_cities = cue_kind == "city"
                i += 1
                while (
                    i < n and tokens[i].is_word and tokens[i].norm[:1] == "و" and CUES.get(tokens[i].norm[1:])
                ):
                    i += 1
                continue
            if cue_kind:
                nxt = self._next_word(tokens, i)
                # "محور تلة الكبينة": the second cue speaks for the name (but "قرية خربة 14 كيلو متراً": a village
                # called خربة, with no name after it).
                second_cue = _cue_reading(tokens[nxt].text) if nxt is not None else None
                named_after = nxt is not None and nxt + 1 < n and tokens[nxt + 1].is_word
                if (
                    second_cue
                    and not tokens[nxt].norm.startswith("و")
                    and not (
                        second_cue == "خربه" and not (named_after and not tokens[nxt + 1].text.isdigit())
                    )
                ):
                    i += 1
                    continue
                # "بلدة وتل الصخر": a second cue joined by و; both apply to the name after it.
                if nxt is not None and tokens[nxt].norm[:1] == "و" and CUES.get(tokens[nxt].norm[1:]):
                    name_at = self._next_word(tokens, nxt)
                    if name_at is not None and not blocked[name_at] and not used[name_at]:
                        name_end = self._name_end(tokens, name_at, blocked, used)
                        if name_end > name_at:
                            self._pair(text, tokens, i, nxt, name_at, name_end, mentions)
                            prev_mention_end = name_end
                            i = name_end
                            continue
                    i += 1
                    continue
                if (
                    cue_word == "مدينه"
                    and nxt is not None
                    and not blocked[nxt]
                    and not used[nxt]
                    and (
                        _governorate(tokens[nxt].text)
                        or (self._city_named(tokens[nxt]) and bare_word(tokens[nxt].norm) in STOPWORDS)
                    )
                ):
                    # "مدينة حلب", "مدينة الثورة" (Tabqa): a city whose name is also a common word.
                    end_at = nxt + 2 if tokens[nxt].norm.endswith("دير") and nxt + 1 < n else nxt + 1
                    found = self._lookup([tokens[k] for k in range(nxt, end_at)])
                    if found:
                        start, end = tokens[nxt].start, tokens[end_at - 1].end
                        m = Mention(
                            surface=text[start:end],
                            start=start,
                            end=end,
                            sentence="",
                            sentence_start=0,
                            kind="city",
                        )
                        m.candidates = self._cands(found)
                        mentions.append(m)
                        used[nxt] = True
                        prev_mention_end = end_at
                        i = end_at
                        continue
                # "تلة مشرفة" (an overlooking hill): no name follows — but after a cue without the article,
                # a word with it is the name ("قرية المشرفة": the village of al-Mushrifa).
                adjective = nxt is not None and (
                    tokens[nxt].norm in CUE_ADJECTIVES
                    or (
                        strip_article(tokens[nxt].norm) in CUE_ADJECTIVES
                        and not (tokens[nxt].norm.startswith("ال") and not bare_word(t.norm).startswith("ال"))
                    )
                )
                if nxt is not None and (adjective or _norm_first(tokens[nxt].text) in REGION_WORDS):
                    # "منطقة حوض اليرموك": a region.
                    i = nxt + 1 if adjective else i + 1
                    continue
                if (
                    nxt is not None
                    and tokens[nxt].norm in ("كل", "كافه", "جميع")
                    and cue_kind != "neighbourhood"
                ):
                    i = nxt + 1  # "محور كل من مرعيان والمغارة": the names follow "كل من"
                    continue
                if nxt is not None and _with_pronoun(tokens[nxt].norm) and not self._lookup([tokens[nxt]]):
                    i += 1  # "قرية تسكنها الأقليات": a verb or noun with its pronoun after the cue, no name
                    continue
                if nxt is not None and (
                    bare_word(tokens[nxt].norm) in THE_PLACE_TOLD
                    # "قمة التل" (the hill's top), "قمة الـ 45" (a bare article: the number is the name)
                    or (cue_word == "قمه" and bare_word(tokens[nxt].norm) in ("التل", "ال"))
                    # "آخر معبر للنظام السوري مع العراق": a crossing "of the" regime, no name
                    or (tokens[nxt].norm.startswith("لل") and not self._lookup([tokens[nxt]]))
                ):
                    i += 1  # "على قلعة البلدة الأثرية": the town's castle, the town told of before, no name
                    continue
                if nxt is not None and not blocked[nxt] and not used[nxt]:
                    named = cue_word in NAMED_CUES
                    name_end = self._name_end(
                        tokens,
                        nxt,
                        blocked,
                        used,
                        named_cue=named,
                        district=cue_kind == "neighbourhood",
                        common_first=_village_named(cue_word, tokens[nxt]),
                    )
                    if name_end > nxt:
                        name_end = _direction_end(tokens, name_end)
                        if (
                            name_end < len(tokens)
                            and tokens[name_end].is_word
                            and tokens[name_end].norm in SIZE_QUALIFIERS
                            and self._lookup([tokens[k] for k in range(nxt, name_end + 1)])
                        ):
                            name_end += 1  # "قرية شلالة كبيرة": the gazetteer's name carries its size bare
                        if (
                            name_end < n
                            and tokens[name_end].is_word
                            and tokens[name_end].norm[:1] == "و"
                            and len(tokens[name_end].norm) >= 4
                            and not used[name_end]
                            and self._lookup([tokens[k] for k in range(nxt, name_end + 1)])
                        ):
                            name_end += 1  # "قرية حمام واصل": the index's name goes on with a word in و
                        name_tokens = list(range(nxt, name_end))
                        if cue_word == "مشروع" and not _housing_project(tokens, name_tokens, self._lookup):
                            i = name_end  # "مشروع قانون", "مشروع الري": a project, not a housing district
                            continue
                        found = None
                        if named:
                            found = self._lookup([tokens[i]] + [tokens[k] for k in name_tokens])
                            if not found and tokens[i].norm.endswith(("تل", "تله")):
                                # "تلة الكبينة": the hill is known by the name alone (alias الكبينة → Kabani).
                                found = self._lookup([tokens[k] for k in name_tokens])
                        else:
                            found = self._lookup([tokens[k] for k in name_tokens])
                            if not found and len(name_tokens) > 1:
                                # "بلدة الموزرة دون", "مدينة بانياس مشيرا": the known name is the first
                                # word; what follows it is the sentence going on.
                                shorter = self._lookup([tokens[name_tokens[0]]])
                                first, second = tokens[name_tokens[0]], tokens[name_tokens[1]]
                                if (
                                    shorter
                                    and strip_article(first.norm) not in NAME_PREFIX_KEYS
                                    # (but "حي درعا المحطة": the city's quarter)
                                    and not (cue_kind == "neighbourhood" and second.norm in QUARTER_WORDS)
                                    and not _name_word(second)
                                    and strip_article(second.norm) not in name_words(self.index)
                                ):
                                    found, name_tokens, name_end = (
                                        shorter,
                                        name_tokens[:1],
                                        name_tokens[0] + 1,
                                    )
                        if (
                            found
                            and cue_kind == "neighbourhood"
                            and len(name_tokens) == 1
                            and _common_word(tokens[nxt].norm)
                            and not _governorate(tokens[nxt].text)
                        ):
                            found = None  # "بحي المحطة": the station quarter, not the village al-Mahattah
                        off = len(t.norm) - len(cue_word) if t.norm.endswith(cue_word) else 0
                        if named:
                            start = t.start + off
                        else:
                            start = tokens[nxt].start
                        if not found and len(name_tokens) > 1:
                            # "خسارته الفادحة في تل الجابية دبت الرعب": the report named "تل الجابية" before;
                            # the word after it is the sentence going on, not a longer name.
                            told = name_key(text[start : tokens[name_tokens[-2]].end])
                            if any(name_key(x.surface) == told for x in mentions):
                                name_tokens = name_tokens[:-1]
                                name_end = name_tokens[-1] + 1
                        end = tokens[name_end - 1].end
                        surface = _clean_surface(text[start:end])
                        m = Mention(
                            surface=surface,
                            start=start,
                            end=end,
                            sentence="",
                            sentence_start=0,
                            kind=cue_kind,
                        )
                        if (
                            not found
                            and not list_open  # (an item of an open list keeps the list going)
                            and all(is_ordinary(tokens[k].norm) for k in name_tokens)
                            and not (cue_kind == "neighbourhood" and _district_named(tokens, nxt, (i,)))
                            # ("قرية الجديدة", "قرية المناخ": a village named by a common word)
                            and not (len(name_tokens) == 1 and _village_named(cue_word, tokens[nxt]))
                        ):
                            # "على القريتين أوقع 25 قتيلا", "مناطق سيطرته": a word of the sentence, no name
                            prev_mention_end = name_end
                            i = name_end
                            pending_cue = None
                            continue
                        if found:
                            m.candidates = [
                                (self.index.places[pid], 1.0, "exact")
                                for pid in found[1]
                                if pid in self.index.places
                            ]
                        elif cue_kind == "neighbourhood" and (
                            _district_word(tokens, nxt, (i,))
                            or all(_common_word(tokens[k].norm) for k in name_tokens)
                        ):
                            m.candidates = []  # حي الصناعة، حي المطار: a district, not the village الصناعة
                        else:
                            m.candidates = self._fuzzy_candidates(surface)
                            if not m.candidates and named and tokens[i].norm.endswith(("تل", "تله")):
                                # The name alone may be a known spelling (الكبينة → Kabani) of the hill's place.
                                name_only = _clean_surface(text[tokens[nxt].start : end])
                                m.candidates = self._fuzzy_candidates(name_only)
                        if cue_kind == "dam" and not list_open:
                            # "سد تشرين": a dam, a site of the front and no locality (the corpus rules); one inside a
                            # list of villages ("قرى ... وسد رويحينة") is kept as the list names it
                            prev_mention_end = name_end
                            i = name_end
                            pending_cue = None
                            continue
                        if cue_kind == "base" and not m.candidates:
                            # "كتيبة التسليح", "كتيبة الدبابات": a base named for what it is, not a locality
                            prev_mention_end = name_end
                            i = name_end
                            pending_cue = None
                            continue
                        if cue_kind == "barrens":
                            # "جرود فليطة", "جرود عرسال": the town the highlands are named for, a landmark of the
                            # fighting there and no claim's place (the corpus rules)
                            m.landmark, m.kind = True, None
                        mentions.append(m)
                        if pending_cue and pending_cue[0] != cue_kind:
                            pass
                        prev_mention_end = name_end
                        i = name_end
                        pending_cue = None
                        continue
                i += 1
                continue
            # Unknown list item: "قرى الشيخ دامس وركايا سجنة وشوحة" — a name the gazetteer lacks.
            # "في تل سنيم وبرك الطمثونة وسطح نملة": two-word names joined by و straight after a place go on
            # the list the place began, even with no plural noun before it.
            spaced = (
                # "حي الشيخ ياسين و العرضي و الجبيلة": a و written apart joins the next item to the last.
                # (the tokenizer joins such a و to its word, keeping the space in the token's text)
                t.text[:2] == "و "
                and prev_mention_end == i
                and mentions
                and not mentions[-1].is_area
                and not _ordinary_word(t.norm[1:])
                and t.norm[1:] not in BOUNDARY_WORDS
                and t.norm[1:] not in LOCATIVES
                and (i + 1 >= n or not tokens[i + 1].is_word or tokens[i + 1].text[:2] == "و "
                     or _is_list_item(tokens[i + 1].norm) or tokens[i + 1].norm in BOUNDARY_WORDS)
            )  # fmt: skip
            chained = spaced or (
                prev_mention_end == i
                and t.norm[:1] == "و"
                and len(t.norm) > 3
                and t.norm[1:] not in PRONOUNS  # ("وسكيك وهما تعتبران مهددتان": "and they both")
                and i + 1 < n
                and tokens[i + 1].is_word
                and not used[i + 1]
                and not blocked[i + 1]
                and not _ordinary_word(tokens[i + 1].norm)
                and tokens[i + 1].norm not in BOUNDARY_WORDS
                and tokens[i + 1].norm not in LOCATIVES
                and (i + 2 >= n or not tokens[i + 2].is_word or _is_list_item(tokens[i + 2].norm))
                and mentions
                and not mentions[-1].is_area
            )
            if _dual_second(tokens, i, list_start if list_open else -1, prev_mention_end, mentions, blocked):
                # "قريتي بير شماري وفتاتيش على طريق الرقة", "قريتي صباح الخير والفرار الواقعتين": a dual names two
                # places, the second after و whatever its word
                item_end = max(self._name_end(tokens, i, blocked, used), i + 1)
                start = t.start + 1
                surface = _strip_quotes(text[start : tokens[item_end - 1].end])
                m = Mention(
                    surface=surface, start=start, end=start + len(surface), sentence="", sentence_start=0
                )
                common_item = all(_common_word(tk.norm) for tk in tokens[i:item_end])
                m.candidates = [] if common_item else self._fuzzy_candidates(surface)
                mentions.append(m)
                prev_mention_end = i = item_end
                continue
            if _and_sandwiched(tokens, i, used, blocked, prev_mention_end, self._lookup):
                # "على قرى برزان والجديدة وقصاص", "على اللطامنة وكفرزيتا والزكاة والأربعين": a word joined by و between
                # a place just read and a name the index knows is one more place, whatever its word
                start = t.start + 1
                m = Mention(
                    surface=text[start : t.end], start=start, end=t.end, sentence="", sentence_start=0
                )
                known = self._lookup([t])
                m.candidates = (
                    self._cands(known)
                    if known
                    else ([] if _common_word(t.norm) else self._fuzzy_candidates(m.surface))
                )
                mentions.append(m)
                prev_mention_end = i = i + 1
                continue
            if t.norm[:1] == "و" and t.norm[1:] in PRONOUNS:
                list_open = False  # "وسكيك وهما تعتبران مهددتان": "and they both", the list is over
            if (
                list_open or chained or (in_quote and prev_mention_end >= i - 1 and t.norm[:1] == "و")
            ) and not blocked[i]:
                common = list_open and _district_word(tokens, i, (list_head, list_start))
                # "أحياء المحطة، والسحاري، والمطار": the items of a list of districts, common words or not
                district = common or (list_open and _district_named(tokens, i, (list_start,)))
                item_end = self._name_end(
                    tokens, i, blocked, used, max_words=3 if in_quote else 2, district=district
                )
                if item_end > i and tokens[item_end - 1].norm in NAME_LINKS:
                    item_end = self._name_end(tokens, i, blocked, used, max_words=3)  # قصر ابن وردان
                if item_end > i and list_open and _district_list(tokens, list_head, list_start):
                    # "أحياء (المشلب، باب بغداد، هشام بن عبد الملك، الطيار)": a district's item runs to the comma
                    item_end = _to_comma(tokens, i, item_end)
                item_end = _direction_end(tokens, item_end, in_list=list_open) if item_end > i else item_end
                after = self._next_word(tokens, item_end - 1) if item_end > i else None
                takes_object = after is not None and tokens[after].norm in ("بين", "مع", "علي", "الي")
                # After the first item, the next one is joined by و, a comma or a quotation mark:
                # "و9 قرى حولها كانت كلها تحت سيطرة ..." is a sentence, not a list.
                joined = (
                    prev_mention_end <= list_start
                    or t.norm[:1] == "و"
                    # "والمصيطبة رسم مضحي": a name-forming word straight after an item, its و dropped
                    or (prev_mention_end == i and strip_article(t.norm) in NAME_PREFIX_KEYS)
                    or i == part_joined
                    or (i > 0 and tokens[i - 1].norm == "و")
                    or (
                        i > 0
                        and not tokens[i - 1].is_word
                        and tokens[i - 1].text
                        in ",،#-–—/(" + "".join(QUOTES)  # ("دير داما (المياس)": its other name)
                    )
                )
                if after is not None and after == item_end and _ordinary_word(tokens[after].norm):
                    takes_object = True  # "ودارت اشتباكات": a verb and its subject, not a name
                # "وحلب الجديدة والأعظمية": a quarter named after its city
                quarter = item_end == i + 2 and _governorate(t.text) and tokens[i + 1].norm in QUARTER_WORDS
                if (
                    item_end > i
                    and (district or quarter or self._plausible_name(tokens[i:item_end], listed=in_quote))
                    and not takes_object
                    and joined
                ):
                    off = 1 if t.norm[:1] == "و" and len(t.norm) > 2 and t.norm not in NAME_PREFIX_KEYS else 0
                    start = t.start + off
                    surface = _strip_quotes(text[start : tokens[item_end - 1].end])
                    m = Mention(
                        surface=surface, start=start, end=start + len(surface), sentence="", sentence_start=0
                    )
                    # (a district named by a common word is not the village or city of that name)
                    m.candidates = (
                        []
                        if common or (district and all(_common_word(tk.norm) for tk in tokens[i:item_end]))
                        else self._fuzzy_candidates(surface)
                    )
                    mentions.append(m)
                    prev_mention_end = item_end
                    i = item_end
                    continue
            known_item = (
                self._lookup([t])
                if list_open
                and not blocked[i]
                and not used[i]
                and t.norm[:1] != "و"
                and 0 < i < n - 1
                and tokens[i - 1].text in ",،"
                and tokens[i + 1].text in ",،"
                and len(mentions) >= 2
                and mentions[-1].end == tokens[i - 2].end
                else None
            )
            if known_item:
                # "بلدات حويجة شنان، الرحبي، الصبخة، الجبلي، الرابية": a village of the index between two commas of
                # a list of places is one more item, though its word (الجبلي, "mountainous") is a common one
                m = Mention(surface=t.text, start=t.start, end=t.end, sentence="", sentence_start=0)
                m.candidates = self._cands(known_item)
                mentions.append(m)
                prev_mention_end = i = i + 1
                continue
            sandwiched = (
                _sandwiched_item(tokens, i, used, blocked, mentions, list_start, self._lookup)
                if list_open
                else None
            )
            if sandwiched is not None:
                # "26 قرية هي (كولمت، مومان فوقاني، مومان علي بودلان، دولى، سفتك تحتاني": an item between two
                # commas of a list already two places long is one more place, whatever its words
                start = t.start
                surface = _strip_quotes(text[start : tokens[sandwiched - 1].end])
                m = Mention(
                    surface=surface, start=start, end=start + len(surface), sentence="", sentence_start=0
                )
                m.candidates = self._fuzzy_candidates(surface)
                mentions.append(m)
                prev_mention_end = sandwiched
                i = sandwiched
                continue
            if (
                list_open
                and not _numbered_item(tokens, i)  # ("والفوج 46،": the list goes on)
                and not t.norm.startswith("و")
                and not (
                    prev_mention_end <= list_start
                    and (
                        _with_pronoun(t.norm)
                        or bare in ("منها", "بينها")
                        # "وبلدات أخرى “الشحيل والطيانة": the plural's adjective, the names straight after
                        or (
                            i == list_start + 1
                            and _list_cue(tokens[list_start].text)  # (not "هي الأخرى": "it too")
                            and strip_article(t.norm) in LIST_ADJECTIVES
                            and i + 1 < n
                            and (tokens[i + 1].is_word or tokens[i + 1].text in QUOTES)
                        )
                    )
                )
            ):
                list_open = False  # ("قرى أهمها “المباركات” و...": the list is still to come)
            i += 1


def word_reader(index):
    """_word_reading with the index's key prefixes, memoised per index and bounded (a long-lived process meets new
    words without end)."""
    return _built_once(
        index,
        "_geoparse_word_reader",
        lambda ix: lru_cache(maxsize=65536)(partial(_word_reading, prefixes=key_prefixes(ix))),
    )


def _word_reading(text: str, prefixes: frozenset[str]) -> tuple[str | None, bool, tuple[str, ...]]:
    """What _places reads off a word as written: the cue it is (none when its case ending is written: "قريةً" is
    "a village", no name after it), whether it opens a list, and its readings (clitics on or off) that start a
    key of the index."""
    cue_word = _cue_reading(text) if not TANWEEN & set(text) else None
    return cue_word, _list_cue(text), tuple(f for f, _ in first_word_keys(text) if f in prefixes)


def _first_item_named(tokens, i: int, list_open: bool, list_start: int) -> bool:
    """A word with the article straight after a plural village noun, a list going on after it ("قرى المتوسطة،
    وخيارة"): the first village's name, though the word is a common one."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        list_open
        and list_start == i - 1
        and bare_word(tokens[list_start].norm) in PLURAL_VILLAGE_CUES
        and tokens[i].norm.startswith("ال")
        and tokens[i].norm not in NOT_VILLAGE_NAMES
        and following is not None
        and (
            following.text in ",،"
            or (following.is_word and following.norm[:1] == "و" and len(following.norm) > 3)
        )
    )


# Words after a plural place noun that describe it but let a list follow ("بلدات أخرى “الشحيل والطيانة").
LIST_GOES_ON = frozenset(normalize_text(w) for w in ("اخرى", "اخري", "عدة", "عده"))


def _district_list(tokens, *heads: int) -> bool:
    """The open list is one of districts (its plural noun is أحياء / حيي)."""
    return any(0 <= k < len(tokens) and tokens[k].is_word and _district_head(tokens[k]) for k in heads)


def _to_comma(tokens, i: int, item_end: int) -> int:
    """The end of a list item that runs, in up to four words, to the comma or bracket after it (a comma-separated
    list), else item_end."""
    if _governorate(tokens[i].text):
        return item_end  # ("أحياء حلب المحررة،": the city's districts, the city named)
    j = item_end
    while (
        j < len(tokens)
        and strip_article(tokens[j].norm) not in CUE_ADJECTIVES
        and j - i < 4
        and tokens[j].is_word
        and tokens[j].norm[:1] != "و"
        # (not "صلاح الدين في حلب", "الصالحين بمدينة حلب", "القابون شرقي العاصمة": where the item lies)
        and not _cue_reading(tokens[j].text)
        and not (tokens[j].norm[:1] in "بل" and _governorate(tokens[j].text[1:]))
        and tokens[j].norm not in LOCATIVES
        and tokens[j].norm not in BOUNDARY_WORDS
        and strip_article(tokens[j].norm) not in DIRECTIONS
        and not _region_or_area(tokens[j].text)
        and bare_word(tokens[j].norm) not in ("المدينه", "العاصمه", "البلده", "طريق", "الطريق")
    ):
        j += 1
    if (
        j < len(tokens)
        and j > item_end
        and not tokens[j].is_word
        and tokens[j].text.strip() in (",", "،", ")")
    ):
        return j
    return item_end


PRONOUNS = frozenset(("هما", "هم", "هي", "هو", "هن"))
PLURAL_VILLAGE_CUES = frozenset(normalize_text(w) for w in "قرى بلدات قريتي بلدتي".split())


def _village_named(cue_word: str | None, token) -> bool:
    """A word with the article straight after a singular village cue ("قرية الجديدة", "بلدة المناخ"): the village's
    name, whatever the word (not the town itself, a side of it or who holds it)."""
    return (
        cue_word in ("قريه", "بلده")
        and token.is_word
        and token.norm.startswith("ال")
        and len(token.norm) > 3
        and token.norm not in NOT_VILLAGE_NAMES
        and not _governorate(token.norm)
        # (only a word the name reader would refuse; "بلدة الشيخ مسكين" is read as a name already)
        and _common_word(token.norm)
        # ("الجديدة" with its article names a village; "جديدة عرطوز" is the prefix without it)
        and (strip_article(token.norm) not in NAME_PREFIX_KEYS or token.norm == "الجديده")
    )


# Words with the article after "قرية" / "بلدة" that name no village: the place told of, a side of it, its kind.
NOT_VILLAGE_NAMES = frozenset(
    normalize_text(w)
    for w in (
        "المدينة البلدة القرية العاصمة المنطقة المحافظة الريف الحدودية الاستراتيجية المذكورة الواقعة المحاصرة"
        " المجاورة المحيطة الأخرى الخاضعة التي الذي الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي"
        " الجنوبي الأولى الثانية الأخيرة الوحيدة الكبرى الصغرى"
    ).split()
)


def _and_sandwiched(tokens, i: int, used, blocked, prev_mention_end: int, lookup) -> bool:
    """A single word joined by و straight after a place read, and followed by one more و + a name the index knows."""
    t = tokens[i]
    if (
        prev_mention_end != i
        or not t.is_word
        or t.norm[:1] != "و"
        or len(t.norm) < 4
        or blocked[i]
        or used[i]
    ):
        return False
    rest = t.norm[1:]
    if (
        (rest in STOPWORDS and not rest.startswith("ال"))  # (a function word; "والجديدة" is a name here)
        or rest in BOUNDARY_WORDS
        or rest in RELATIVE_PRONOUNS
        or _list_head(rest)  # ("والبلدات": the places in general)
        or rest in LOCATIVES
        or rest in COMPLEMENTIZER_WORDS
        or rest in CUES
        or _norm_first(t.text) in AREA_WORDS
        or any(c.isdigit() for c in rest)
        or t.text.endswith(("ها", "هما", "هم"))  # ("ومحيطها": a word with its pronoun, ة read as ه is none)
    ):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        nxt is not None
        and nxt.is_word
        and nxt.norm[:1] == "و"
        and not used[i + 1]
        and not blocked[i + 1]
        and bool(lookup([nxt]))
    )


def _dual_second(tokens, i: int, list_start: int, prev_mention_end: int, mentions, blocked) -> bool:
    """The word at i, after و, is the second place of a dual whose first was just read ("قريتي X وY")."""
    t = tokens[i]
    if list_start < 0 or blocked[i] or not t.is_word or t.norm[:1] != "و" or len(t.norm) < 4:
        return False
    rest = t.norm[1:]
    if rest in LOCATIVES or rest in BOUNDARY_WORDS or rest in COMPLEMENTIZER_WORDS or rest in CUES:
        return False
    after_first = prev_mention_end == i or (prev_mention_end == i - 1 and tokens[i - 1].text in ",،")
    head = tokens[list_start]
    return (
        after_first
        and head.is_word
        and _dual_cue(head.text)
        and sum(1 for m in mentions if m.start > head.start) == 1
    )


def _common_word(norm: str) -> bool:
    """A word of ordinary text (a stop word, a common noun or verb): as a district's name it is no village's."""
    word = bare_word(norm)
    return word in STOPWORDS or _ordinary_word(word) or is_ordinary(word)


def _housing_project(tokens, name_tokens: list[int], lookup) -> bool:
    """ "مشروع 1070 شقة", "مشروع الحمدانية السكني": a housing project named by its flats, by "السكني" or by a known
    district after مشروع."""
    words = [tokens[k] for k in name_tokens]
    return (
        any(w.text.isdigit() for w in words)
        or any(w.norm in ("السكني", "سكني") for w in words)
        or bool(lookup(words[:1]))
    )


def _qualifier(norm: str) -> bool:
    """A size or side that ends a name ("الكبرى", "الشرقية", "تحتاني")."""
    key = strip_article(norm)
    return key in SIZE_QUALIFIERS or key in NAME_DIRECTIONS or key in SIZE_SPELLINGS


def _sandwiched_item(
    tokens, i: int, used, blocked, mentions: list[Mention], list_start: int, lookup
) -> int | None:
    """The end of a list item of one to three plain words at `i`, with a comma before and a comma or a closing
    bracket after it, in a list that has named two places or more since `list_start`; else None. Not when a word of
    it is a cue, an area word or (after the first) a name the index has (`lookup`): those are read by their own rules."""
    if i == 0 or tokens[i - 1].text not in ",،" or not tokens[i].is_word:
        return None
    listed = sum(1 for m in mentions if m.start > tokens[list_start].start) if list_start >= 0 else 0
    if listed < 2:
        return None
    for k in range(i + 1, min(len(tokens), i + 4)):
        if tokens[k].text in ",،)":
            words = tokens[i:k]
            ali = {
                n for n, w in enumerate(words) if 0 < n < len(words) - 1 and w.norm == "علي"
            }  # ("مومان علي بودلان")
            plain = all(
                n in ali
                # ("صورى الكبرى", "المليحة الشرقية": a size or side ends a name)
                or (n > 0 and n == len(words) - 1 and _qualifier(w.norm))
                or (
                    w.is_word
                    and not used[i + n]
                    and not blocked[i + n]
                    and not w.text[:1].isdigit()
                    and w.norm not in STOPWORDS
                    and w.norm not in BOUNDARY_WORDS
                    and w.norm not in LOCATIVES
                    and w.norm[:1] != "و"
                    and strip_article(w.norm) not in COMMON_WORDS
                    # ("بمدافع الهاون", "الموالية": a word of the sentence with its preposition or article)
                    and not (w.norm[:1] in "بلك" and is_ordinary(strip_article(w.norm[1:])))
                    and not (w.norm.startswith("ال") and is_ordinary(strip_article(w.norm)))
                )
                for n, w in enumerate(words)
            )
            known = any(
                (n > 0 and n not in ali and not _qualifier(w.norm) and lookup([w]))
                or _cue_reading(w.text)
                or _norm_first(w.text) in AREA_WORDS
                for n, w in enumerate(words)
            )
            return k if plain and not known else None
        if not tokens[k].is_word:
            return None
    return None


def _run_of_two(text: str, mentions: list[Mention], joiners: str) -> bool:
    """The last two mentions are places known to the index that one joiner alone separates ("الخريطة، حاوي خريطة",
    "الخريطة والتبني")."""
    if len(mentions) < 2:
        return False
    a, b = mentions[-2], mentions[-1]
    if a.is_area or b.is_area or not a.candidates or not b.candidates:
        return False
    between = text[a.end : b.start].strip(" \u00a0" + "".join(QUOTES))
    return len(between) == 1 and between in joiners


def _city_plural(norm: str) -> bool:
    """مدن، المدن، مدينتي، مدينتين: a plural or dual of "city" (a list of cities follows)."""
    return strip_article(bare_word(norm).removeprefix("ب").removeprefix("ل")) in (
        "مدن",
        "مدينتي",
        "مدينتين",
        "مدينتا",
    )


def geoparse(text: str, *, index=None) -> GeoparseResult:
    """Place mentions of a text, resolved in context; see the `gazetteer.geoparse` package docstring."""
    return Geoparser(index).parse(text)


def _other_name_bracket(tokens, close: int) -> bool:
    """The bracket closed at `close` holds one short name, a place's other name ("دير داما (المياس)"), not a list."""
    opened = next((j for j in range(close - 1, max(-1, close - 5), -1) if tokens[j].text == "("), None)
    if opened is None:
        return False
    inside = tokens[opened + 1 : close]
    return bool(inside) and all(t.is_word and t.norm[:1] != "و" for t in inside)
