"""The reference mandate (RSG vaccinationer, Sydöstra sjukvårdsregionen) as a Word document.

The content is the seed text's, with the seed's line-end hyphenation undone: the docx holds
whole words and lets LibreOffice hyphenate them again by Swedish rules.
"""

TITLE = "Uppdragsbeskrivning för regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen"

LEVELS = [
    ("Patient och vårdteam", [
        "Utgår från bästa möjliga kunskap",
        "Anpassar arbetet efter individens behov",
        "Analyserar sina resultat och sätter mål",
        "Efterfrågar stöd när det behövs",
        "Gör ständiga förbättringar och bidrar till utvecklingen av god och jämlik vård",
    ]),
    ("Sjukvårdsregional och regional nivå", [
        "Stöder implementering av bästa möjliga kunskap och arbetssätt",
        "Sätter mål, följer och analyserar resultat",
        "Verkar för effektivitet och minskad variation",
        "Tillhandahåller lättillgängliga kunskapsstöd och kvalitetsregister",
        "Stärker samverkan med kommuner och patienter",
    ]),
    ("Nationell nivå", [
        "Utvecklar effektiv och ändamålsenlig informationsförsörjning",
        "Utvecklar sammanhållen och effektiv uppföljning och analys",
        "Utvecklar strukturerade digitala kunskapsstöd",
        "Utvecklar samspelet med kommuner, staten och andra aktörer",
    ]),
]

# (kind, content): kind is one of title, heading1, heading2, text, bullets, levels, pagebreak.
BODY = [
    ("title", TITLE),
    ("heading1", "Kunskapsbaserad, jämlik och resurseffektiv vård"),
    ("text", "Region Jönköpings län, Region Kalmar län och Region Östergötland bildar tillsammans Sydöstra "
             "sjukvårdsregionen."),
    ("text", "Sjukvårdsregionen organiserar regionala samverkansgrupper som till stor del motsvarar de nationella "
             "samverkansgrupper för kunskapsstyrning som Sveriges regioner samverkar i."),
    ("text", "Med regionala samverkansgrupper bygger sjukvårdsregionen vidare på ett mångårigt och framgångsrikt "
             "samarbete utifrån regionernas samverkansavtal och Samverkansnämndens årliga överenskommelse om "
             "samverkan och vård i sjukvårdsregionen."),
    ("text", "Tillsammans gör vi varandra framgångsrika och minskar skillnader i kvalitet och resultat. Alla "
             "invånare ska få en god, jämlik och kunskapsbaserad vård oavsett var de bor. Patienter, brukare och "
             "hälso- och sjukvårdens medarbetare ska vara trygga i att bästa tillgängliga kunskap används i varje "
             "vårdmöte."),
    ("text", "Systemet för kunskapsstyrning bygger på att varje nivå tar ansvar för sin del och samspelar med de "
             "andra nivåerna:"),
    ("levels", LEVELS),
    ("pagebreak", None),
    ("heading1", "Utgångspunkter"),
    ("heading2", "Patientlöften"),
    ("text", "Utifrån Hälso- och sjukvårdslagen och Socialstyrelsens sex dimensioner av god vård har "
             "Samverkansnämnden formulerat löften att patienter i Sydöstra sjukvårdsregionen ska"),
    ("bullets", [
        "erbjudas vård som är lätt tillgänglig för kontakt, bedömning och besök",
        "erbjudas diagnostik, behandling och uppföljning enligt bästa kunskap i varje möte",
        "vara delaktig och välinformerad genom hela vårdkedjan",
        "få tillgång till jämlik vård",
        "erbjudas bästa möjliga hälsofrämjande insatser och välfungerande screeningprogram",
        "få tillgång till patientsäker vård",
        "erbjudas kostnadseffektiv vård.",
    ]),
    ("text", "I Sydöstra sjukvårdsregionen prioriteras patientnära forskning."),
    ("heading2", "Generellt uppdrag"),
    ("text", "Samverkansgrupperna i Sydöstra sjukvårdsregionen ska inom ramen för sina ansvarsområden"),
    ("bullets", [
        "stödja nationella programområden som sjukvårdsregionen har nationellt värdskap för",
        "stödja regionala programområden",
        "analysera konsekvenser och lämna synpunkter på remisser om nationella kunskapsstöd, nationell "
        "högspecialiserad vård och andra prioriterade områden",
        "vara kontaktväg för regionernas lokala resurser",
        "vara plattform för erfarenhetsutbyte och lärande",
        "nominera och stödja representanter i nationella arbetsgrupper",
        "omvärldsbevaka och initiera frågor för sjukvårdsregional och nationell samverkan",
        "bistå Regionsjukvårdsledningen och Samverkansnämnden i särskilda uppdrag",
        "stödja utfasning av metoder som inte skapar värde",
    ]),
    ("heading2", "Specifikt uppdrag"),
    ("text", "Regional samverkansgrupp vaccinationer i Sydöstra sjukvårdsregionen ska:"),
    ("bullets", [
        "främja att vaccinationsfrågor hanteras och kommuniceras lika i sjukvårdsregionen",
        "bereda beslutsunderlag för vaccinationsfrågor till regionsjukvårdsledningen",
        "stödja en ordnad implementering av nya nationella vaccinationsprogram och "
        "vaccinationsrekommendationer från Folkhälsomyndigheten",
        "omvärldsbevaka proaktivt",
        "samordna/bidra med regionernas synpunkter på remisser som rör vaccinationsområdet",
        "samverka med RSG läkemedel och andra sjukvårdsregionala samverkansgrupper och stödstrukturer",
    ]),
    ("heading2", "Arbetssätt"),
    ("text", "Samverkansgrupperna arbetar processinriktat och utgår från vad som är bäst för invånarna."),
    ("text", "Samverkansgrupperna fokuserar på verksamhetsutveckling, tillämpning av nationella kunskapsstöd och "
             "prioriteringar i införande och utfasning av metoder, arbetssätt och vårdutbud."),
    ("text", "Grupperna utformar sina arbetssätt och aktiviteter för att kunna fullgöra sitt uppdrag. Vid behov "
             "organiseras arbetsgrupper för särskilda uppdrag eller delar av uppdraget. Regionsjukvårdsledningens "
             "stab stöder samverkansgrupperna i praktiska frågor."),
    ("pagebreak", None),
    ("heading2", "Rapportering"),
    ("text", "Samverkansgrupperna arbetar på uppdrag av Regionsjukvårdsledningen. Samverkansgrupperna ska så långt "
             "som möjligt komma överens om sjukvårdsregionala insatser. När det inte är möjligt kan gruppen lyfta "
             "ärendet till kontaktpersonerna i Regionsjukvårdsledningens stab, med stöd av framtagen "
             "beredningsprocess."),
    ("heading2", "Kommunikation"),
    ("text", "Generell information till regionala programområden förmedlas via kunskapsrådens processtöd. "
             "Information som berör enstaka programområden förmedlas via respektive programområdes processtöd. "
             "Grupperna dokumenterar sitt arbete i en handlingsplan."),
    ("heading2", "Sammansättning"),
    ("text", "Samverkansgrupperna bemannas med representanter från regionerna och, när sådan finns, "
             "sjukvårdsregionens representant i motsvarande nationell samverkansgrupp."),
    ("heading2", "Ordförandes uppdrag"),
    ("text", "Samverkansgruppernas ordförande är anställd av sin hemregion. Uppdraget som ordförande roterar mellan "
             "regionerna i tvåårsperioder."),
    ("text", "Ordförande"),
    ("bullets", [
        "företräder sjukvårdsregionen",
        "driver gruppens arbete framåt och säkerställer att uppdraget fullföljs",
        "etablerar relevanta kontakter med programområden och andra samverkansgrupper",
        "initierar, planerar och leder möten",
        "skapar rutiner för och fördelar arbete som behövs mellan möten i samråd med gruppen.",
    ]),
    ("heading2", "Deltagares uppdrag"),
    ("text", "Samverkansgruppernas deltagare är anställda av sin hemregion."),
    ("text", "Deltagarna ansvarar gemensamt för gruppens arbete som sker inom ramen för deltagarnas respektive "
             "anställningar."),
    ("text", "Deltagare"),
    ("bullets", [
        "representerar sin region",
        "bidrar med sakkunskap",
        "samverkar aktivt",
        "förankrar och kommunicerar i sin egen region.",
    ]),
    ("text", "Deltagare i den sjukvårdsregionala samverkansgruppen med uppdrag i den nationella samverkansgruppen "
             "representerar hela sjukvårdsregionen."),
    ("heading2", "Finansiering"),
    ("text", "Respektive region finansierar sina deltagare inklusive deltagare i eventuella arbetsgrupper. "
             "Kostnaderna bör fördelas rättvist mellan regionerna över tid."),
]

HEADER = ("Sydöstra sjukvårdsregionen", "Dnr RSL 2023/0045")
FOOTER = "Fastställd av Regionsjukvårdsledningen 2023-05-12, version 2"
AUTHOR = "Regionsjukvårdsledningens stab"
