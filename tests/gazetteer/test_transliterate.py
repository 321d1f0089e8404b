"""Latin keys on which Arabic and Latin spellings of a Syrian place meet.

Spellings come from news reports and from the public gazetteers: OCHA's Syria COD (NAME_ARA /
NAME_EN pairs), Who's On First (und variants: BGN, French mandate maps, Wikipedia) and OpenSyria.
"""

import pytest

from gazetteer.transliterate import arabic_to_latin, latin_key, latin_similarity

# Each group: one place, the Arabic name first, then spellings found in reports and gazetteers.
SAME_PLACE = [
    ["سراقب", "Saraqib", "Saraqeb", "Saraqab"],
    [
        "معرة النعمان",
        "Maarat al-Numan",
        "Ma'arrat an-Nu'man",
        "Maʿarrat al-Nuʿmān",
        "Maaret el Noman",
        "Ma‘arret en Nu‘mān",
        "Mo’aret-Nu’man",
        "Maarret enn Naamâne",
    ],
    ["كفرنبودة", "Kafr Nabudah", "Kafr Nbuda", "Kafrnabudah", "كفر نبودة"],
    ["جسر الشغور", "Jisr al-Shughur", "Jisr ash-Shughur", "Jisr Al Shughour"],
    ["دير الزور", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor", "Dayr az-Zawr", "Deir el-Zour"],
    ["الحسكة", "Hasakah", "Al-Hasakeh", "Al-Hasakah", "Hasaka", "al Hasakah"],
    ["الرقة", "Raqqa", "Ar-Raqqah", "Al-Raqqah", "Ar-Raqqa"],
    ["حمص", "Homs", "Hims"],
    ["حماة", "Hama", "Hamah"],
    ["اللاذقية", "Latakia", "Lattakia", "Al-Ladhiqiyah", "Al Lādhiqīyah"],
    ["إدلب", "Idlib", "Idleb"],
    ["درعا", "Daraa", "Dar'a", "Deraa", "Dara"],
    ["القامشلي", "Qamishli", "Al-Qamishli", "Kamishly", "Quamishli"],
    ["تل أبيض", "Tell Abyad", "Tal Abyad", "Tell Abiad"],
    ["الباب", "Al-Bab", "al-Bab", "Bab"],
    ["منبج", "Manbij", "Membij", "Menbij"],
    ["كوباني", "Kobani", "Kobanî"],
    ["عين العرب", "Ayn al-Arab", "Ain Al Arab", "‘Ayn al ‘Arab"],
    ["أم زيتونة", "Umm Zaytuna", "Um Zaitouneh"],
    ["الهبيط", "al-Hbeit", "Hbit", "al-Habit", "Al-Hobait"],
    ["سكيك", "Sukayk", "Skik", "Sekik"],
    ["عابدين", "Abdin", "Abedin"],
    ["كفر عين", "Kafr Ein", "Kafr Ain", "Kfar Ein", "Kafr ‘Ayn"],
    ["اللطامنة", "Latamneh", "Al-Lataminah", "Laţāminah", "El Latâmné", "Lattamna", "Ltamenah"],
    ["مورك", "Morek", "Murak", "Mourek"],
    ["كباني", "Kabani", "Kabbani", "كبانة"],
    ["تل عاس", "Tell As", "Tel Aas", "Tall Aas", "Tal 'As"],
    ["تل الصخر", "Tell al-Sakhr", "Tal Sakhr", "Tall as-Sakhr"],
    [
        "خان شيخون",
        "Khan Sheikhoun",
        "Khan Shaykhun",
        "Khan Shaykun",
        "Khān Shaykhūn",
        "Khan Shaykhoun",
        "Khan Sheikhun",
    ],
    ["القصير", "Al Qusayr", "Qusayr", "Qusair", "Qoussaïr", "El Qoussaïr", "Kouseir", "Al Quşayr"],
    ["تفتناز", "Taftanaz", "Teftenaz", "Teftanâz", "Taftanāz"],
    ["سرمين", "Sarmin", "Sarmîne", "Sermīn"],
    ["الأتارب", "Al Atarib", "Atareb", "El Atâreb", "Athārib"],
    ["الدانا", "Ad Dana", "Dana", "Ed Dâna", "Dānah"],
    ["محردة", "Mhardeh", "Muhradah", "Maḩardah", "Muhardeh", "Maḩarde"],
    ["أريحا", "Ariha", "Erîha", "Arīḩā"],
    ["نوى", "Nawa", "Naoua", "Nawá"],
    ["أنخل", "Inkhil", "Ennkhel"],
    ["بنش", "Binnish", "Binnesh", "Benesh"],
    ["حارم", "Harim", "Harem", "Ḩārim"],
    ["دوما", "Douma", "Duma", "Doûma"],
    ["السقيلبية", "As-Suqaylabiyah", "Suqaylabiyah", "Al-Suqaylabiyah"],
    ["كفرنبل", "Kafranbel", "Kafr Nabl", "Kafr Nubl"],
    ["تل رفعت", "Tell Rifaat", "Tall Refaat", "Tal Rifat"],
    ["أعزاز", "Azaz", "A'zaz", "Aazaz"],
    ["عفرين", "Afrin", "Efrin"],
    ["جرابلس", "Jarablus", "Jarabulus", "Jerablus"],
    ["سرمدا", "Sarmada", "Sarmadah"],
    ["كفر زيتا", "Kafr Zita", "Kafr Zeita", "Kafrzita"],
    ["صوران", "Souran", "Suran"],
    ["حلفايا", "Halfaya", "Halfaya"],
    ["قلعة المضيق", "Qalaat al-Madiq", "Qal'at al-Madiq", "Madiq Castle"],
    ["البوكمال", "Al-Bukamal", "Albu Kamal", "Abu Kamal"],
    ["الميادين", "Al-Mayadin", "Mayadeen", "Mayadin"],
    ["رأس العين", "Ras al-Ayn", "Ras Al Ain", "Ras al-Ain"],
    ["الثورة", "Al-Thawrah", "Ath-Thawrah"],
    ["القنيطرة", "Quneitra", "Al Qunaytirah", "Al-Qunaytirah"],
    ["طرطوس", "Tartus", "Tartous"],
    ["السويداء", "As-Suwayda", "Suwayda", "al-Suwayda", "As-Sweida"],
    ["ريف دمشق", "Rif Dimashq", "Rif-dimashq"],
    ["مركز الحسكة", "Al-Hasakeh", "Nahiyat Markaz al Hasakah", "Hasakah Subdistrict"],
    ["منطقة دوما", "Duma District", "Duma"],
    ["يوســــــف بــــــــــيك", "Qaryat Yusuf Bayk"],
    ["عين الزرقا", "Ayn az Zarqa", "Ain ez-Zarqa"],
]

SAME_PLACE_PAIRS = [(group[0], spelling) for group in SAME_PLACE for spelling in group[1:]]


@pytest.mark.parametrize(("arabic", "spelling"), SAME_PLACE_PAIRS)
def test_latin_key_is_equal_for_arabic_and_latin_spellings_of_one_place(arabic, spelling):
    assert latin_key(spelling) == latin_key(arabic)


# OCHA Syria COD admin4 communities: (NAME_EN, NAME_ARA), as published, across the governorates.
OCHA_PAIRS = [
    ("Saraqab", "سراقب"),
    ("Khan Shaykun", "خان شيخون"),
    ("Kafr Nobol", "كفر نبل"),
    ("Tamanaah", "التمانعة"),
    ("Heish", "حيش"),
    ("Kafr Ein", "كفر عين"),
    ("Tramla", "ترملا"),
    ("Sarmin", "سرمين"),
    ("Nayrab", "النيرب"),
    ("Sarmada", "سرمدا"),
    ("Dana", "الدانا"),
    ("Ariha", "أريحا"),
    ("Bazabur", "بزابور"),
    ("Maarbalit", "معربليت"),
    ("Maaret Elekhwan", "معارة الاخوان"),
    ("Kafr Zeita", "كفر زيتا"),
    ("Karnaz", "كرناز"),
    ("Latmana", "اللطامنة"),
    ("As-Suqaylabiyah", "السقيلبية"),
    ("Murak", "مورك"),
    ("Madiq Castle", "قلعة المضيق"),
    ("Tall Refaat", "تل رفعت"),
    ("Kafr Naseh Tal Refaat", "كفر ناصح تل رفعت"),
    ("Azaz", "أعزاز"),
    ("Afrin", "عفرين"),
    ("Jarablus", "جرابلس"),
    ("Atareb", "الأتارب"),
    ("Al Bab", "الباب"),
    ("Tlilet Elbab", "تليلة الباب"),
    ("Misannah Bab", "المسنة الباب"),
    ("Ain Al Arab", "عين العرب"),
    ("Ein Issa", "عين عيسى"),
    ("Ar-Raqqa", "الرقة"),
    ("Kabani", "كباني"),
    ("Hbeit", "حبيت"),
    ("Deir Duma", "دير دوما"),
    ("Ghassaniyeh - Kashish", "الغسانية_كشيش"),
    ("Shabaq - Jabaq", "الشبق-جبق"),
    ("Rabwa / Harbuq", "الربوة / حربوق"),
    ("Thabetiyeh", "الثابتية"),
    ("Jamasa Qabliyeh", "جماسة قبلية"),
    ("Ftireh", "فطيرة"),
    ("Asaliyeh", "عسيلة"),
    ("Janat Elsawarneh", "جانات الصوارنة"),
    ("Yarmuk", "اليرموك"),
    ("Ein Elkaram", "عين الكرم"),
    ("Burj Elrumman", "برج الرمان"),
    ("Rweiset Hamdan", "رويسة حمدان"),
    ("Kafr Kila", "كفر كيلا"),
    ("Shihet Hamah", "شيحة حماة"),
    ("Deir Elsalib", "دير الصليب"),
    ("Ghabagheb", "غباغب"),
    ("Abu Hartein", "أبو حارتين"),
    ("Sheikh Zayat", "شيخ زيات"),
    ("Tal Dweim", "تل دويم"),
    ("Um Elamad Elbab", "أم العمد الباب"),
    ("Beit Elwaqaf", "بيت الوقاف"),
    ("Kherbet Sanasel", "خربة سناسل"),
    ("Wadi Elsaqi", "وادي السقي"),
    ("Hosh Nasri", "حوش نصري"),
    ("As-Sanamayn", "الصنمين"),
    ("Kafr Shagher", "كفر شاغر"),
    ("Fath Allah", "فتح الله"),
    ("Bab Abdallah", "باب عبد الله"),
    ("Abul Fashafish", "أبو الفشافيش"),
    ("Upper Tal Aswad", "تل أسود فوقاني"),
    ("Lower Tal Aswad", "تل أسود تحتاني"),
    ("Western Mafkar", "مفكر الغربي"),
    ("Eastern Smaqiyat", "سماقيات شرقية"),
    ("Upper Marwana", "مروانة فوقاني"),
    ("Big Oweinat", "عوينات كبيرة"),
    ("Southern Tal Arish", "تل عريش جنوبي"),
    ("Big Kharufiyeh", "خاروفية كبيرة"),
    ("Little Kharufiyeh", "خاروفية صغيرة"),
    ("Little Upper Haswiyeh", "حصوية فوقاني صغير"),
    ("Mudallala Afrin - Eastern Kotanly", "المدللة عفرين_كوتانلي شرقي"),
    ("Eastern Gharibeh", "غريبة شرقية"),
    ("Tishrin 6", "6 تشرين"),
    ("Madinet Sad Tishrine", "مدينة سد تشرين"),
    # Places named in the reader corpus (real report passages), with their OCHA names.
    ("Ras El Ein", "راس العين"),
    ("Tawil Elsheikh", "طويل الشيخ"),
    ("Ma'arrat An Nu'man", "معرة النعمان"),
    ("Sheikh Dames", "الشيخ دامس"),
    ("Rakaya Sijneh", "ركايا سجنة"),
    ("Nqeir", "النقير"),
    ("Sheikh Mustafa", "الشيخ مصطفى"),
    ("Kafrsajna", "كفرسجنة"),
    ("Maar Tahroma", "معرتحرمة"),
    ("Hantutin", "حنتوتين"),
    ("Um Zaytuna", "أم زيتونة"),
    ("Kherbet Ghazala", "خربة غزالة"),
    ("Taqsis", "تقسيس"),
    ("Jomaqliyeh", "الجومقلية"),
    ("Ziyara", "الزيارة"),
    ("Mansura", "المنصورة"),
    ("Kherbet Elnaqus", "خربة الناقوس"),
    ("Foah", "الفوعة"),
    ("Ejaz", "اعجاز"),
    ("Ankhal", "أنخل"),
    ("Nawa", "نوى"),
    ("Jasim", "جاسم"),
    ("Da'el", "داعل"),
    ("Mseifra", "المسيفرة"),
    ("Jizeh", "الجيزة"),
    ("Dar'a", "درعا"),
    ("Busra Esh-Sham", "بصرى الشام"),
    ("Izra'", "ازرع"),
    ("Yadudeh", "اليادودة"),
    ("Tafs", "طفس"),
    ("Nasib", "نصيب"),
    ("Sahwa", "السهوة"),
    ("Sayda", "صيدا"),
    ("Mataeiyeh", "المتاعية"),
    ("Tiba", "الطيبة"),
    ("Eastern Ghariyeh", "الغارية الشرقية"),
    ("Ras Al Ain", "رأس العين"),
    ("Tal Halaf", "تل حلف"),
    ("Tal Hmis", "تل حميس"),
    ("Al-Hasakeh", "الحسكة"),
    ("Tadmor", "تدمر"),
    ("Rabee'a", "ربيعة"),
    ("Shalaf", "شلف"),
    ("Lattakia", "اللاذقية"),
    ("Mazra'a", "المزرعة"),
    ("Qastal Maaf", "قسطل معاف"),
    ("Manajir", "المناجير"),
    ("Modan", "مدان"),
    ("Badi", "البديع"),
    ("Tell Abiad", "تل أبيض"),
    ("Duma", "دوما"),
    ("Nashabiyeh", "النشابية"),
    ("Hosh Eldawahreh", "حوش الضواهره"),
    ("Beit Nayem", "بيت نايم"),
    ("Rihan", "الريحان"),
    ("Arbin", "عربين"),
    ("Zamalka", "زملكا"),
    ("Ein Terma", "عين ترما"),
    ("Deir-ez-Zor", "دير الزور"),
    ("Menbij", "منبج"),
    ("Little Mohtaraq", "محترق صغير"),
    ("Kherbet Bashar", "خربة بشار"),
    ("Al-Qusayr", "القصير"),
    ("Thiban", "ذيبان"),
    ("Al Mayadin", "الميادين"),
    ("Zeitan", "زيتان"),
    ("Berna", "برنة"),
]


@pytest.mark.parametrize(("english", "arabic"), OCHA_PAIRS)
def test_latin_key_is_equal_for_ocha_english_and_arabic_names(english, arabic):
    assert latin_key(english) == latin_key(arabic)


# Different places, or other names of one place: their keys must differ.
DIFFERENT = [
    ("حماة", "حمص"),
    ("Hama", "Homs"),
    ("Kobani", "Ayn al-Arab"),
    ("كوباني", "عين العرب"),
    ("عابدين", "عين"),
    ("إدلب", "حلب"),
    ("Idlib", "Aleppo"),
    ("Big Kharufiyeh", "Little Kharufiyeh"),
    ("خاروفية كبيرة", "خاروفية صغيرة"),
    ("Upper Tal Aswad", "Lower Tal Aswad"),
    ("Upper Tal Aswad", "Tal Aswad"),
    ("مفكر الغربي", "مفكر الشرقي"),
    ("كفرنبودة", "كفرنبل"),
    ("Kafr Nabudah", "Kafr Nabl"),
    ("تل عاس", "تل الصخر"),
    ("Saraqib", "Sarmin"),
    ("خان شيخون", "خان السبل"),
    ("Morek", "Maarrat"),
    ("Deir ez-Zor", "Deir Hafer"),
    ("Tell Abyad", "Tell Ahmar"),
    ("الرقة", "الرستن"),
    ("Qamishli", "Kafr Nbuda"),
    ("Tell As", "Tell"),
    ("Hbeit", "Hobeit Kabir"),
    ("Tishrin 6", "Tishrin 7"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_latin_key_keeps_different_places_apart(a, b):
    assert latin_key(a) != latin_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خان شيخون", "knxkn"),
        ("Khan Shaykhun", "knxkn"),
        ("معرة النعمان", "mrnmn"),
        ("Deir ez-Zor", "drzr"),
        ("جسر الشغور", "jsrxgr"),
        ("Kafr Nabudah", "kfrmbd"),
        ("Manbij", "mbj"),
        ("Upper Tal Aswad", "tlsdU"),
        ("تل أسود فوقاني", "tlsdU"),
        ("Madiq Castle", "mdkC"),
        ("", ""),
        ("...", ""),
    ],
)
def test_latin_key_is_a_consonant_skeleton(text, expected):
    assert latin_key(text) == expected


def test_latin_key_is_deterministic_and_leaves_its_input_alone():
    text = "Khān Shaykhūn"
    assert latin_key(text) == latin_key(text) == latin_key("Khān Shaykhūn")
    assert text == "Khān Shaykhūn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خان شيخون", "khan shikhun"),
        ("عين العرب", "ayn al-arb"),
        ("عابدين", "abdin"),
        ("جسر الشغور", "jsr ash-shghur"),
        ("دير الزور", "dir az-zur"),
        ("معرة النعمان", "m'rat an-n'man"),
        ("إدلب", "idlb"),
        ("أبو الظهور", "abu az-zhur"),
        ("القامشلي", "al-qamshli"),
        ("كفرنبودة", "kfrnbuda"),
        ("مورك", "murk"),
        ("الفرقة ١٧", "al-frqa 17"),
        ("Homs", "homs"),
    ],
)
def test_arabic_to_latin_gives_a_readable_romanisation(text, expected):
    assert arabic_to_latin(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        ("knxkn", "knxkn", 1.0, 1.0),
        ("", "", 1.0, 1.0),
        ("knxkn", "", 0.0, 0.0),
        ("mrnmn", "mrnmn", 1.0, 1.0),
        ("kfrmbd", "kfrmbl", 0.8, 0.9),
        ("hm", "hms", 0.7, 0.9),
        ("srkb", "drzr", 0.0, 0.3),
    ],
)
def test_latin_similarity_scores_keys_between_zero_and_one(a, b, low, high):
    assert low <= latin_similarity(a, b) <= high


def test_latin_similarity_ranks_a_near_spelling_above_another_place():
    typo = latin_key("Kafr Nbudeh")
    assert latin_similarity(typo, latin_key("كفرنبودة")) > latin_similarity(typo, latin_key("كفرنبل"))


def test_latin_similarity_is_symmetric():
    a, b = latin_key("Hobeit"), latin_key("Habit")
    assert latin_similarity(a, b) == latin_similarity(b, a)
