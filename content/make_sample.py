#!/usr/bin/env python3
"""Generate the project's own sample snapshot, content/sample/, in the Yrkesinfo API's shape.

    python content/make_sample.py [OUT_DIR]     (default: content/sample next to this file)

Writes:
    yrken.json         what GET /yrken returns: one summary per occupation
    yrken/<id>.json    what GET /yrken/{id} returns: one occupation in full
    manifest.json      source "sample", a fixed time, the count and a hash per detail file

All texts are the project's own. They are built from a short table of facts per
occupation (name, areas, SSYK group, typical tasks, workplaces, education level,
interest profile, synonyms) combined with sentence templates chosen by id, so the
output is deterministic: running the script twice gives byte-identical files.
Occupation names and SSYK codes and group names are public facts; no text from
Arbetsförmedlingen's own descriptions is used.

A few records are deliberately odd but valid, as in the real API (missing keys,
null versus empty string, empty lists, trailing spaces in URLs); see QUIRKS.

Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date, timedelta
from pathlib import Path

FIRST_ID = 5001
FIRST_AMS_ID = 201
FETCHED_AT = "2026-01-01T00:00:00Z"
IMAGE_URL = "https://bilder.example.invalid/yrken/{id}.jpg"

# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------

AREAS = {
    "ADM": "Administration, ekonomi, juridik",
    "BYG": "Bygg och anläggning",
    "IT": "Data/IT",
    "KRO": "Kropps- och skönhetsvård",
    "FOR": "Försäljning, inköp, marknadsföring",
    "HAN": "Hantverk",
    "HRS": "Hotell, restaurang, storhushåll",
    "HSV": "Hälso- och sjukvård",
    "IND": "Industriell tillverkning",
    "INS": "Installation, drift, underhåll",
    "KUL": "Kultur, media, design",
    "SAN": "Sanering och renhållning",
    "NAT": "Naturbruk",
    "NV": "Naturvetenskap",
    "PED": "Pedagogik",
    "SOC": "Yrken med social inriktning",
    "SAK": "Säkerhet och bevakning",
    "TEK": "Yrken med teknisk inriktning",
    "TRP": "Transport, distribution, lager",
    "CHF": "Chefer och verksamhetsledare",
    "MIL": "Militära yrken",
}

# Education level code -> (isEjGymnasie, isGymnasie, isEftergymn2less, isEftergymn2more)
FLAGS = {
    "E": (True, False, False, False),
    "EG": (True, True, False, False),
    "EGK": (True, True, True, False),
    "G": (False, True, False, False),
    "GK": (False, True, True, False),
    "GKL": (False, True, True, True),
    "K": (False, False, True, False),
    "KL": (False, False, True, True),
    "L": (False, False, False, True),
}

# Working hours: D day, S shifts, K evenings/weekends (customers), O irregular,
# V varies with assignments, A seasonal, J day plus on-call, T early mornings.
# Environment: U outdoors, F physical/workshop/industry, K office/screen,
# M people, V driver's seat, L laboratory.
#
# One row per occupation, in id order:
# (name, areas, SSYK-4 codes, education, RIASEC letters (2 = no tertiary), hours, environment,
#  "task|task|task" (infinitive phrases), "place|place" (prepositional phrases),
#  synonyms ("-" = null, "" = empty list, else "a|b"), requirement sentence or "")
OCCUPATIONS = [
    # Administration, ekonomi, juridik
    ("Redovisningsekonom", "ADM", "3313", "KL", "CIE", "D", "K", "sköta den löpande bokföringen åt företag och föreningar|stämma av konton och ta fram månadsrapporter|förbereda bokslut och deklarationer", "på redovisningsbyråer|på ekonomiavdelningar i större företag|i kommuner och regioner", "Redovisningskonsult|Bokföringsekonom", ""),
    ("Ekonomiassistent", "ADM", "4111", "GK", "CSE", "D", "K", "registrera och attestera fakturor|sköta kund- och leverantörsreskontra|ta fram underlag till ekonomer och chefer", "på ekonomiavdelningar|på redovisningsbyråer|i offentlig förvaltning", "Ekonomibiträde|Reskontraassistent", ""),
    ("Lönehandläggare", "ADM", "4112", "GK", "CSI", "D", "K", "räkna fram och betala ut löner|registrera frånvaro, semester och sjukdagar|svara på frågor från anställda om lön och avdrag", "på löneavdelningar|på lönebyråer|i kommuner och statliga myndigheter", "Lönekonsult|Löneadministratör", ""),
    ("Revisor", "ADM", "2411", "L", "CIE", "D", "K", "granska bokföring och årsredovisningar|bedöma om räkenskaperna ger en rättvisande bild|ge råd om ekonomi och interna rutiner", "på revisionsbyråer|i kommuner och regioner|i egen byrå", "Auktoriserad revisor|Godkänd revisor", "Den som vill bli auktoriserad revisor behöver klara Revisorsinspektionens revisorsexamen."),
    ("Controller", "ADM", "2412", "L", "CIE", "D", "K", "följa upp budget och resultat|analysera avvikelser och föreslå åtgärder|ta fram beslutsunderlag till ledningen", "i större företag och koncerner|i offentlig sektor", "Ekonomistyrare|Business controller", ""),
    ("Skattehandläggare", "ADM", "3352", "KL", "CIS", "D", "K", "granska deklarationer och skatteunderlag|fatta beslut om skatter och avgifter|svara på frågor från privatpersoner och företag", "på Skatteverket", "Skatterevisor|Skattetjänsteman", ""),
    ("Socialförsäkringshandläggare", "ADM SOC", "3353", "L", "CSI", "D", "K", "utreda rätten till ersättning vid sjukdom eller föräldraledighet|fatta beslut utifrån socialförsäkringsbalken|ha kontakt med försäkrade, arbetsgivare och vården", "på Försäkringskassan|på Pensionsmyndigheten", "Försäkringshandläggare", ""),
    ("Utredare", "ADM", "2422", "L", "ICE", "D", "K", "samla in och analysera fakta i en fråga|skriva rapporter och förslag till beslut|presentera resultat för politiker eller ledning", "på statliga myndigheter|i kommuner och regioner|på konsultföretag", "Analytiker|Policyhandläggare", ""),
    ("Jurist", "ADM", "2615", "L", "ECI", "D", "K", "tolka lagar och regler i konkreta ärenden|skriva avtal, yttranden och beslut|ge juridisk rådgivning", "på myndigheter|på advokatbyråer|i företag och organisationer", "Juris kandidat|Förvaltningsjurist", "Yrket kräver en juristexamen, som tar fyra och ett halvt år."),
    ("Advokat", "ADM", "2611", "L", "ESI", "O", "K", "företräda klienter i domstol|ge råd i juridiska frågor|förhandla och skriva avtal", "på advokatbyråer|i egen byrå", "-", "För att få kalla sig advokat måste man vara ledamot av Sveriges advokatsamfund. Det kräver juristexamen, flera års praktisk erfarenhet och godkänd advokatexamen."),
    ("Domare", "ADM", "2612", "L", "ICS", "D", "K", "leda förhandlingar i domstol|pröva bevisning och tillämpa lagen|skriva domar och beslut", "vid tingsrätter|vid hovrätter och förvaltningsrätter", "Rådman|Lagman", "Vägen till domare går via juristexamen och domstolarnas egen utbildning, med tjänstgöring som notarie, fiskal och assessor."),
    ("Åklagare", "ADM SAK", "2613", "L", "EIC", "J", "K", "leda förundersökningar tillsammans med polisen|besluta om åtal ska väckas|föra talan i domstol", "på Åklagarmyndigheten|på Ekobrottsmyndigheten", "Kammaråklagare", "Den som vill bli åklagare behöver juristexamen och går sedan Åklagarmyndighetens egen utbildning."),
    ("Registrator", "ADM", "4119", "GK", "CSI", "D", "K", "registrera inkommande och utgående handlingar|hålla ordning i diariet|lämna ut allmänna handlingar", "på statliga myndigheter|i kommuner och regioner|på universitet", "Diarieförare", ""),
    ("Administratör", "ADM", "4119", "GK", "CSE", "D", "K", "planera möten och resor|sköta post, e-post och telefon|hålla ordning på dokument och register", "på kontor i de flesta branscher|på skolor och myndigheter", "Kontorsadministratör|Kontorist", ""),
    ("Medicinsk sekreterare", "ADM HSV", "4117", "KL", "CSR", "D", "K", "skriva in journalanteckningar efter diktat|hantera remisser och provsvar|ta emot patienter i receptionen", "på sjukhus|på vårdcentraler|på privata kliniker", "Vårdadministratör|Läkarsekreterare", "De flesta går en yrkeshögskoleutbildning till medicinsk sekreterare, som tar ungefär två år."),
    ("HR-specialist", "ADM", "2423", "L", "SEC", "D", "K", "rekrytera nya medarbetare|ge stöd till chefer i personalfrågor|arbeta med arbetsmiljö och kompetensutveckling", "i företag|i kommuner och myndigheter|på konsultföretag", "Personalvetare|HR-konsult", ""),
    ("Rekryterare", "ADM", "2423", "KL", "SEC", "D", "K", "skriva annonser och söka efter kandidater|hålla intervjuer och ta referenser|presentera kandidater för arbetsgivare", "på rekryteringsföretag|på bemanningsföretag|på HR-avdelningar", "Rekryteringskonsult|Headhunter", ""),
    ("Arbetsförmedlare", "ADM SOC", "3333", "L", "SEC", "D", "M", "hjälpa arbetssökande att hitta vägar till jobb|planera insatser som utbildning och praktik|ha kontakt med arbetsgivare som söker personal", "på Arbetsförmedlingen|hos fristående aktörer som arbetar på uppdrag av Arbetsförmedlingen", "Arbetsmarknadshandläggare", ""),
    ("Bankrådgivare", "ADM FOR", "3312", "GK", "CES", "D", "M", "ge råd om sparande, lån och försäkringar|hjälpa kunder med betalningar och kort|följa regler mot penningtvätt", "på banker|på kreditmarknadsbolag", "Privatrådgivare|Banktjänsteman", "Rådgivare som arbetar med sparande och bolån behöver ofta en licens från Swedsec."),
    ("Skadereglerare", "ADM", "3314", "GK", "CIE", "D", "K", "utreda skador som kunder har anmält|bedöma vad försäkringen täcker och betala ut ersättning|ha kontakt med verkstäder, värderingsmän och kunder", "på försäkringsbolag", "Skadehandläggare|Skadeutredare", ""),
    ("Upphandlare", "ADM FOR", "3323", "KL", "CEI", "D", "K", "ta fram förfrågningsunderlag|utvärdera anbud enligt lagen om offentlig upphandling|följa upp avtal med leverantörer", "i kommuner och regioner|på statliga myndigheter", "Upphandlingsspecialist", ""),
    ("Budget- och skuldrådgivare", "ADM SOC", "2419", "L", "SCE", "D", "M", "hjälpa personer att få överblick över sin ekonomi|göra budgetar och avbetalningsplaner|hjälpa till med ansökan om skuldsanering", "i kommuner", "Skuldrådgivare", ""),
    # Bygg och anläggning
    ("Snickare", "BYG", "7111", "G", "RCE", "D", "U", "bygga stommar, bjälklag och tak|montera dörrar, fönster och inredning|renovera och bygga om bostäder", "på byggföretag|hos bemanningsföretag inom bygg|i egen firma", "Byggnadssnickare|Träarbetare", "Efter gymnasiet följer oftast en lärlingstid på ett byggföretag, som avslutas med ett yrkesbevis."),
    ("Murare", "BYG", "7112", "G", "RCA", "D", "U", "mura väggar av tegel och block|putsa fasader och väggar|laga och renovera äldre murverk", "på byggföretag|på murfirmor", "Murarbetare|Putsare", "Efter gymnasiet följer oftast en lärlingstid som avslutas med ett yrkesbevis."),
    ("Plattsättare", "BYG", "7112", "G", "RAC", "D", "F", "sätta kakel och klinker på golv och väggar|bygga tätskikt i badrum|planera mönster, fall och fogar", "på plattsättningsföretag|på byggföretag|i egen firma", "Kakelsättare", "Den som bygger badrum behöver behörighet enligt branschens regler för våtrum."),
    ("Betongarbetare", "BYG", "7113", "G", "RCE", "D", "U", "bygga formar och armera|gjuta och vibrera betong|riva form och efterbehandla ytor", "på byggföretag|på anläggningsföretag", "Betongbyggare", ""),
    ("Anläggningsarbetare", "BYG", "7114", "G", "RCS", "D", "U", "lägga rör för vatten och avlopp|bygga vägar, gator och planer|sätta kantsten och lägga marksten", "på anläggningsföretag|i kommuner", "Markarbetare|Väg- och anläggningsarbetare", ""),
    ("Anläggningsmaskinförare", "BYG TRP", "8342", "G", "RCE", "D", "V", "köra grävmaskin, hjullastare eller dumper|schakta, fylla och planera mark|läsa ritningar och använda maskinstyrning med GPS", "på anläggningsföretag|hos maskinentreprenörer|i gruvor och täkter", "Grävmaskinist|Maskinförare", "Ofta krävs körkort och maskinförarbevis för de maskiner man kör."),
    ("Ställningsbyggare", "BYG", "7116", "EG", "RCE", "D", "U", "bygga upp och riva byggnadsställningar|kontrollera att ställningen är säker innan den används|lasta och transportera material", "på ställningsföretag|på byggföretag", "Ställningsmontör", "Ställningsbyggare behöver en utbildning i ställningsbyggnad enligt Arbetsmiljöverkets regler."),
    ("Takläggare", "BYG", "7121", "G", "RCE", "A", "U", "lägga tak av plåt, papp eller takpannor|byta ut gamla tak|montera hängrännor och snörasskydd", "på takföretag|på plåtslagerier", "Taktäckare|Takmontör", ""),
    ("Golvläggare", "BYG", "7122", "G", "RCA", "D", "F", "lägga mattor, parkett och plastgolv|spackla och slipa underlaget|svetsa fogar i våtrum", "på golvföretag|på byggföretag", "Golvmontör", ""),
    ("Byggnadsmålare", "BYG HAN", "7131", "G", "RAC", "D", "F", "spackla och slipa ytor inför målning|måla väggar, tak och fasader|sätta upp tapeter", "på måleriföretag|i egen firma", "Målare|Målerihantverkare", "Efter gymnasiet följer oftast en lärlingstid som avslutas med ett yrkesbevis."),
    ("Byggnadsplåtslagare", "BYG", "7213", "G", "RCI", "D", "U", "tillverka och montera tak och fasader i plåt|montera stuprör och hängrännor|tillverka detaljer i verkstaden", "på plåtslagerier|på byggföretag", "Plåtslagare", ""),
    ("Bergsprängare", "BYG", "8115", "G", "RCI", "D", "U", "borra och ladda hål för sprängning|planera salvor och säkerhetsavstånd|mäta vibrationer och bedöma risker", "på anläggningsföretag|i gruvor och bergtäkter", "Sprängare|Skjutledare", "För att arbeta med sprängning krävs behörighet, ofta kallat sprängkort, och tillstånd att hantera sprängämnen."),
    ("Byggnadsingenjör", "BYG TEK", "3112", "KL", "IRC", "D", "K", "ta fram ritningar och beräkningar|planera och följa upp byggprojekt|kontrollera kvalitet och kostnader", "på byggföretag|på konsultföretag|i kommuner", "Byggingenjör|Konstruktör", ""),
    ("Arkitekt", "BYG KUL", "2161", "L", "AIE", "V", "K", "rita byggnader och miljöer|ta fram skisser, modeller och bygghandlingar|samarbeta med beställare, konstruktörer och myndigheter", "på arkitektkontor|i kommuner|i egen firma", "Husarkitekt", "Arkitektutbildningen på universitet eller högskola är fem år lång."),
    ("Arbetsledare inom bygg", "BYG CHF", "3121", "GKL", "ECR", "D", "U", "leda och fördela arbetet på bygget|beställa material och planera tider|följa upp säkerhet och kvalitet", "på byggföretag|på anläggningsföretag", "Byggarbetsledare|Bas", ""),
    ("Platschef", "BYG CHF", "1360", "KL", "ECR", "D", "U", "ansvara för ett byggprojekt från start till överlämning|leda arbetsledare och underentreprenörer|hålla budget, tidplan och krav på arbetsmiljö", "på byggföretag|på anläggningsföretag", "Entreprenadchef", ""),
    ("Byggnadsinspektör", "BYG ADM", "3355", "L", "CIR", "D", "K", "granska ansökningar om bygglov|göra tillsyn på byggarbetsplatser|ge råd till privatpersoner och företag", "i kommuner", "Bygglovshandläggare", ""),
    ("Byggarbetare", "BYG", "9310", "EG", "RCS", "D", "U", "bära och flytta material på byggarbetsplatsen|städa och hålla ordning|hjälpa yrkesarbetare med enklare moment", "på byggföretag|hos bemanningsföretag", "Grovarbetare|Hantlangare", ""),
    ("Lantmätare", "TEK BYG", "2164", "L", "IRC", "D", "U", "mäta upp och dela fastigheter|utreda gränser och rättigheter|arbeta med kartor och geografisk information", "på Lantmäteriet|i kommuner|på konsultföretag", "Förrättningslantmätare", ""),
    ("Mättekniker", "BYG TEK", "3117", "KL", "RIC", "D", "U", "mäta in punkter och ytor med GPS och totalstation|märka ut var byggnader och vägar ska placeras|göra kartor och ritningar i datorn", "på byggföretag|på konsultföretag|i kommuner", "Utsättare|Mätingenjör", ""),
    ("Kranförare", "BYG TRP", "8343", "G", "RCS", "D", "V", "lyfta material på byggarbetsplatser|samarbeta med signalman via radio|kontrollera kranens säkerhet varje dag", "på byggföretag|i hamnar|i industrin", "Tornkranförare|Mobilkranförare", "Kranförare behöver utbildning och intyg för den typ av kran de kör."),
    # Data/IT
    ("Systemutvecklare", "IT", "2512", "KL", "IRC", "D", "K", "skriva och testa programkod|utveckla nya funktioner i system och appar|rätta fel och förbättra befintlig kod", "på IT-konsultföretag|på programvaruföretag|på IT-avdelningar", "Programmerare|Mjukvaruutvecklare", ""),
    ("Webbutvecklare", "IT KUL", "2512", "K", "IAR", "D", "K", "bygga webbplatser och webbtjänster|koda gränssnitt som fungerar i mobil och dator|se till att sidorna är tillgängliga och snabba", "på webbyråer|på IT-konsultföretag|i egen firma", "Frontendutvecklare|Webbprogrammerare", ""),
    ("Apputvecklare", "IT", "2512", "KL", "IAC", "D", "K", "utveckla appar för mobiler och surfplattor|testa appar på olika enheter|publicera uppdateringar i appbutikerna", "på apputvecklingsföretag|på IT-konsultföretag", "Mobilutvecklare", ""),
    ("Spelutvecklare", "IT KUL", "2513", "KL", "AIR", "V", "K", "programmera spelmekanik och grafik|testa och finjustera spel|samarbeta med grafiker och ljuddesigners", "på spelföretag|i egen firma", "Spelprogrammerare", ""),
    ("Systemtestare", "IT", "2514", "K", "ICR", "D", "K", "planera och genomföra tester av programvara|rapportera och följa upp fel|automatisera tester", "på IT-konsultföretag|på programvaruföretag|på IT-avdelningar", "Testare|Testledare", ""),
    ("IT-arkitekt", "IT", "2511", "L", "IEC", "D", "K", "planera hur system och tjänster ska hänga ihop|ta fram riktlinjer för val av teknik|stödja utvecklare och beställare", "på IT-konsultföretag|i större organisationer", "Systemarkitekt|Lösningsarkitekt", ""),
    ("Systemförvaltare", "IT", "2515", "KL", "CIS", "D", "K", "ansvara för att ett IT-system fungerar i vardagen|samla in önskemål från användarna|planera uppdateringar och förbättringar", "på myndigheter|i kommuner|i större företag", "Förvaltningsledare", ""),
    ("IT-säkerhetsspecialist", "IT SAK", "2516", "L", "ICR", "J", "K", "hitta och täppa till säkerhetshål|övervaka nätverk och system|utbilda kollegor i säker IT-användning", "på säkerhetsföretag|på myndigheter|i banker och större företag", "Informationssäkerhetsspecialist|Cybersäkerhetsspecialist", ""),
    ("IT-drifttekniker", "IT INS", "3511", "K", "RCI", "S", "K", "övervaka servrar och nätverk|åtgärda driftstörningar|installera uppdateringar och göra säkerhetskopior", "i serverhallar|på IT-driftföretag|på IT-avdelningar", "IT-tekniker", ""),
    ("Supporttekniker", "IT", "3512", "GK", "SRC", "D", "K", "hjälpa användare med datorer, telefoner och program|felsöka via telefon, chatt eller på plats|installera och ställa in utrustning", "på IT-supportavdelningar|på IT-företag|i skolor och kommuner", "Helpdesktekniker|IT-supporttekniker", ""),
    ("Systemadministratör", "IT", "3513", "K", "RCI", "J", "K", "sköta servrar och användarkonton|installera och uppdatera system|se till att säkerhetskopiorna fungerar", "på IT-avdelningar|på IT-driftföretag", "Serveradministratör", ""),
    ("Nätverkstekniker", "IT INS", "3514", "K", "RIC", "D", "F", "installera och konfigurera nätverksutrustning|felsöka kopplingar och trafik|dokumentera hur nätverket är uppbyggt", "på IT-företag|hos operatörer|i större organisationer", "Nätverksadministratör", ""),
    ("Dataanalytiker", "IT", "2431", "L", "ICE", "D", "K", "samla in och bearbeta stora mängder data|ta fram analyser och visualiseringar|hjälpa verksamheten att fatta beslut", "i företag|på myndigheter|på konsultföretag", "BI-analytiker", ""),
    ("AI-utvecklare", "IT TEK", "2519", "L", "IRC", "D", "K", "träna och utvärdera modeller för maskininlärning|förbereda och kvalitetssäkra data|bygga in AI-funktioner i system", "på IT-företag|på forskningsinstitut|i större företag", "Maskininlärningsingenjör|AI-ingenjör", ""),
    ("UX-designer", "IT KUL", "2519", "KL", "AIS", "D", "K", "intervjua och observera användare|skissa och testa gränssnitt|förbättra tjänster så att de blir lätta att använda", "på webbyråer|på IT-konsultföretag|i större organisationer", "Interaktionsdesigner|Användbarhetsexpert", ""),
    # Kropps- och skönhetsvård
    ("Frisör", "KRO HAN", "5141", "G", "ARS", "K", "M", "klippa, färga och permanenta hår|ge råd om frisyr och hårvård|sälja hårvårdsprodukter", "på frisörsalonger|i egen salong|på teatrar och tv-produktioner", "Hårstylist|Damfrisör", "Många frisörer tar gesällbrev efter några års arbete, men det är inget krav."),
    ("Barberare", "KRO HAN", "5141", "G", "RAE", "K", "M", "klippa herrfrisyrer|trimma och raka skägg med kniv|ge råd om skäggvård", "på barbershops|på frisörsalonger|i egen salong", "Herrfrisör", ""),
    ("Hudterapeut", "KRO", "5142", "GK", "SAR", "K", "M", "göra ansiktsbehandlingar|analysera huden och ge råd om hudvård|vaxa samt färga fransar och bryn", "på hudvårdssalonger|på spa och hotell|i egen salong", "Hudvårdsterapeut|Kosmetolog", ""),
    ("Nagelterapeut", "KRO", "5149", "EG", "ARS", "K", "M", "göra manikyr och pedikyr|lägga gelé- och akrylnaglar|ge råd om nagelvård", "på nagelsalonger|i egen salong", "Nagelstylist|Nagelteknolog", "Den som arbetar med kemiska produkter för naglar behöver gå en utbildning om riskerna med härdplaster."),
    ("Massör", "KRO HSV", "5143", "K", "SRA", "K", "M", "ge klassisk massage och idrottsmassage|bedöma spänningar och ge råd om träning|planera behandlingar", "på massagekliniker|på friskvårdsanläggningar|i egen mottagning", "Massageterapeut|Friskvårdsmassör", ""),
    ("Fotterapeut", "KRO HSV", "5144", "K", "SRI", "D", "M", "behandla förhårdnader, liktornar och nageltrång|undersöka fötter hos personer med diabetes|ge råd om skor och egenvård", "på fotvårdskliniker|i egen mottagning|inom regionernas fotvård", "Medicinsk fotterapeut|Fotvårdare", ""),
    ("Sminkör", "KRO KUL", "5149", "K", "AER", "O", "M", "sminka artister, programledare och skådespelare|göra masker och specialeffekter|ge råd om produkter och teknik", "inom film, tv och teater|på modevisningar|i egen firma", "Makeupartist|Maskör", ""),
    ("Spaterapeut", "KRO HRS", "5149", "K", "SAR", "K", "M", "ge massage, bad och kroppsbehandlingar|ta hand om gästerna under vistelsen|boka behandlingar och sälja produkter", "på spa och hotell|på friskvårdsanläggningar", "-", ""),
    ("Tatuerare", "KRO HAN", "5149", "EG", "AER", "O", "M", "rita och anpassa motiv efter kundens önskemål|tatuera med sterila metoder|ge råd om läkning och eftervård", "på tatueringsstudior|i egen studio", "Tatueringsartist", "Verksamheten ska anmälas till kommunen, som kontrollerar hygienen."),
    ("Friskvårdskonsulent", "KRO PED", "3424", "K", "SER", "D", "M", "planera och leda friskvårdsaktiviteter|göra hälsoprofiler och ge råd om livsstil|föreläsa om kost, sömn och motion", "inom företagshälsovården|på gym och friskvårdsanläggningar|i kommuner", "Hälsopedagog|Hälsocoach", ""),
    ("Personlig tränare", "KRO PED", "3422", "K", "SRE", "K", "M", "göra träningsprogram för enskilda kunder|coacha och motivera under passen|följa upp resultat och justera träningen", "på gym|i egen firma", "PT|Träningscoach", ""),
    # Försäljning, inköp, marknadsföring
    ("Butikssäljare", "FOR", "5223", "EG", "ESC", "K", "M", "hjälpa kunder att hitta rätt vara|ta betalt i kassan|packa upp varor och hålla ordning i butiken", "i klädbutiker|i sportbutiker|i varuhus och fackhandel", "Butiksbiträde|Expedit", ""),
    ("Kassabiträde", "FOR", "5230", "E", "CS", "K", "M", "ta betalt med kort och kontanter|stämma av kassan|svara på kundernas frågor", "i livsmedelsbutiker|i varuhus|på bensinstationer", "Kassör|Kassapersonal", ""),
    ("Butikschef", "FOR CHF", "5221", "GK", "ECS", "K", "M", "ansvara för försäljning och lönsamhet i butiken|leda och schemalägga personalen|beställa varor och planera kampanjer", "i dagligvarubutiker|i fackhandel|i butikskedjor", "Butiksansvarig|Butiksföreståndare", ""),
    ("Företagssäljare", "FOR", "3322", "GK", "ESC", "O", "K", "söka upp nya kunder och boka möten|presentera produkter och lämna offerter|förhandla och skriva avtal", "i grossistföretag|i IT- och tjänsteföretag|i industriföretag", "Account manager|Utesäljare", ""),
    ("Telefonförsäljare", "FOR", "5242", "E", "ESC", "K", "K", "ringa upp kunder och presentera erbjudanden|svara på frågor och bemöta invändningar|registrera order i systemet", "på telemarketingföretag|på kundtjänster", "Telemarketingsäljare", ""),
    ("Inköpare", "FOR ADM", "3323", "KL", "ECI", "D", "K", "hitta och välja leverantörer|förhandla om pris och villkor|följa upp leveranser och kvalitet", "i handelsföretag|i industriföretag", "Strategisk inköpare", ""),
    ("Marknadsförare", "FOR KUL", "2431", "L", "EAS", "D", "K", "planera kampanjer i olika kanaler|analysera marknaden och målgrupperna|följa upp resultatet av kampanjerna", "i företag|på reklam- och kommunikationsbyråer|i organisationer", "Marknadsansvarig|Marknadsekonom", ""),
    ("Fastighetsmäklare", "FOR", "3334", "L", "ESC", "O", "M", "värdera bostäder och ta fram beskrivningar|visa bostäder och leda budgivningar|skriva kontrakt och ordna tillträden", "på mäklarbyråer|i egen firma", "Mäklare", "Fastighetsmäklare måste vara registrerade hos Fastighetsmäklarinspektionen. Det kräver en högskoleutbildning med vissa kurser och praktik."),
    ("Försäkringsrådgivare", "FOR ADM", "3321", "GK", "ESC", "D", "K", "ge råd om försäkringar och pension|räkna fram premier och skydd|följa upp befintliga kunder", "på försäkringsbolag|hos försäkringsförmedlare|på banker", "Försäkringssäljare|Försäkringsförmedlare", "Rådgivare behöver ofta en licens via Insuresec."),
    ("Kundtjänstmedarbetare", "FOR", "4222", "EG", "SCE", "K", "K", "svara på frågor via telefon, mejl och chatt|lösa problem med beställningar och fakturor|registrera ärenden", "på kundtjänster i olika branscher|på kundservicebolag", "Kundservicemedarbetare|Kundtjänstagent", ""),
    ("E-handelsspecialist", "FOR IT", "2431", "K", "ECI", "D", "K", "sköta sortimentet i en webbutik|förbättra produktsidor och annonser|analysera försäljningen", "på e-handelsföretag|i butikskedjor", "E-handelsansvarig", ""),
    ("Orderhandläggare", "FOR ADM", "3324", "GK", "CSE", "D", "K", "ta emot och registrera order|bekräfta leveranstider till kunder|samordna med lager och transport", "i grossistföretag|i industriföretag", "Ordermottagare", ""),
    ("Resesäljare", "FOR HRS", "4221", "GK", "SEC", "K", "K", "boka resor, hotell och biljetter|ge råd om resmål|hantera ändringar och reklamationer", "på resebyråer|hos researrangörer", "Resekonsult", ""),
    ("Torghandlare", "FOR", "9520", "E", "ERS", "A", "U", "sälja varor från stånd på torg och marknader|köpa in varor och prissätta dem|ställa upp och plocka ned ståndet", "på torg och marknader|i egen firma", "Marknadsförsäljare|Knalle", ""),
    ("Florist", "FOR HAN", "5223", "G", "ARE", "K", "M", "binda buketter, kransar och dekorationer|ge råd om växter och blommor|sköta om växterna i butiken", "i blomsterbutiker|på handelsträdgårdar", "Blomsterbindare", ""),
    # Hantverk
    ("Möbelsnickare", "HAN", "7522", "G", "RAC", "D", "F", "tillverka möbler och inredning i trä|läsa ritningar och välja virke|ytbehandla och montera", "på snickerier|på möbelverkstäder|i egen verkstad", "Inredningssnickare|Finsnickare", ""),
    ("Guldsmed", "HAN", "7312", "GK", "ARC", "D", "F", "tillverka smycken i guld och silver|laga och ändra smycken|fatta in ädelstenar", "i guldsmedsverkstäder|i egen butik", "Silversmed|Smyckesmakare", ""),
    ("Skräddare", "HAN", "7531", "G", "ARC", "D", "F", "sy kläder efter mått|ändra och laga plagg|ge råd om tyg och passform", "på skrädderier|på teatrar|i egen ateljé", "Ateljésömmerska|Måttbeställningsskräddare", ""),
    ("Skomakare", "HAN", "7534", "EG", "RAC", "D", "F", "laga skor och väskor|byta klackar och sulor|slipa nycklar och knivar", "i skomakerier|i butiker för sko- och nyckelservice", "Skoreparatör", ""),
    ("Möbeltapetserare", "HAN", "7533", "G", "RAC", "D", "F", "klä om stoppade möbler|sy och spänna tyger|renovera gamla möbler", "på tapetserarverkstäder|i egen verkstad", "Tapetserare", ""),
    ("Bagare", "HAN HRS", "7612", "G", "RCA", "T", "F", "baka bröd och bullar|blanda degar och sköta ugnarna|planera dagens bakning", "på bagerier|i butiker med eget bageri|i livsmedelsindustrin", "Brödbagare", ""),
    ("Konditor", "HAN HRS", "7612", "G", "ARC", "T", "F", "baka tårtor, bakelser och småkakor|dekorera med marsipan och choklad|ta emot beställningar från kunder", "på konditorier|på kaféer|på hotell", "Pâtissier", ""),
    ("Slaktare", "HAN IND", "7611", "G", "RCE", "T", "F", "slakta djur enligt regler för djurskydd och hygien|stycka och dela upp köttet|kontrollera köttets kvalitet", "på slakterier|i köttindustrin", "Styckare", ""),
    ("Konstsmed", "HAN KUL", "7221", "G", "RAC", "D", "F", "värma och forma järn och stål|tillverka grindar, räcken och redskap|reparera och restaurera metallföremål", "i smedjor|i egen verkstad", "Smed", ""),
    ("Urmakare", "HAN", "7311", "GK", "RIC", "D", "F", "laga och serva armbandsur och väggur|byta batterier och packningar|sälja klockor", "i urmakeributiker|i egen verkstad", "-", ""),
    ("Musikinstrumentmakare", "HAN KUL", "7319", "K", "ARI", "D", "F", "bygga och reparera instrument|stämma och justera instrument|välja och bearbeta trä och andra material", "i instrumentverkstäder|i egen verkstad", "Gitarrbyggare|Fiolbyggare", ""),
    ("Keramiker", "HAN KUL", "7319", "K", "ARE", "V", "F", "dreja och forma föremål i lera|glasera och bränna i ugn|sälja på marknader och i butik", "i egna verkstäder|i kollektiva ateljéer", "Krukmakare", ""),
    ("Stenhuggare", "HAN BYG", "8116", "G", "RAC", "D", "U", "hugga och slipa sten|tillverka gravstenar, trappor och fasadsten|restaurera gamla stenbyggnader", "på stenhuggerier|i egen firma", "Stenmästare", ""),
    ("Charkuterist", "HAN IND", "7611", "G", "RAC", "T", "F", "tillverka korv, skinka och pålägg|stycka och förbereda kött|sälja och ge råd i butik", "i charkuterier|i butiker med manuell disk|i livsmedelsindustrin", "Korvmakare", ""),
    # Hotell, restaurang, storhushåll
    ("Kock", "HRS", "5120", "G", "RAC", "K", "F", "laga mat enligt recept och meny|förbereda råvaror och portionera|hålla ordning och hygien i köket", "på restauranger|på hotell|i storkök", "Restaurangkock", ""),
    ("Köksmästare", "HRS CHF", "3451", "GK", "ERA", "K", "F", "planera menyer och räkna på kostnader|leda arbetet i köket|beställa råvaror", "på restauranger|på hotell|i storkök", "Kökschef|Köksansvarig", ""),
    ("Restaurangchef", "HRS CHF", "1720", "GKL", "ESC", "K", "M", "ansvara för restaurangens ekonomi och drift|rekrytera och leda personalen|ta hand om gäster och planera evenemang", "på restauranger|på hotell", "Krögare|Restaurangansvarig", ""),
    ("Servitör", "HRS", "5131", "EG", "SEC", "K", "M", "ta emot gäster och beställningar|servera mat och dryck|ge råd om menyn och dryckerna", "på restauranger|på hotell|på kaféer", "Servitris|Serveringspersonal", ""),
    ("Hovmästare", "HRS", "5131", "G", "ESC", "K", "M", "ta emot och placera gäster|leda och fördela arbetet i matsalen|hantera bokningar och klagomål", "på restauranger|på hotell", "Matsalsansvarig", ""),
    ("Bartender", "HRS", "5132", "EG", "SEA", "K", "M", "blanda drinkar och servera dryck|ge råd om drycker och ta betalt|hålla baren ren och påfylld", "på barer och restauranger|på hotell|på nattklubbar", "Barman|Mixolog", "Den som serverar alkohol behöver känna till alkohollagens regler."),
    ("Restaurangbiträde", "HRS", "9412", "E", "RCS", "K", "F", "diska och hålla köket rent|förbereda enklare råvaror|duka och plocka bord", "på restauranger|i storkök|på personalrestauranger", "Diskare|Köksbiträde", ""),
    ("Barista", "HRS", "5132", "E", "SRC", "K", "M", "brygga kaffe och göra espressodrycker|ta emot beställningar och ta betalt|hålla ordning vid disken", "på kaféer|på kafékedjor", "Kaffebartender", ""),
    ("Pizzabagare", "HRS", "9411", "E", "RCS", "K", "F", "göra deg och baka pizzor|ta emot beställningar|hålla ordning i köket", "på pizzerior|på restauranger med pizza på menyn", "Pizzakock", ""),
    ("Hotellreceptionist", "HRS", "4224", "GK", "SCE", "S", "M", "checka in och ut gäster|svara på frågor och boka tjänster|ta betalt och hantera bokningar", "på hotell|på vandrarhem och konferensanläggningar", "Receptionsmedarbetare|Nattportier", ""),
    ("Hotellchef", "HRS CHF", "1710", "KL", "ESC", "O", "K", "ansvara för hotellets ekonomi och drift|leda avdelningschefer och personal|utveckla verksamheten och ta hand om viktiga kunder", "på hotell|på konferensanläggningar", "Hotelldirektör", ""),
    ("Husfru", "HRS SAN", "5151", "GK", "CES", "D", "F", "planera städningen på hotellet|leda städpersonalen|kontrollera att rummen är klara för nya gäster", "på hotell|på konferensanläggningar", "-", ""),
    ("Kostchef", "HRS CHF", "3452", "KL", "ECS", "D", "K", "planera måltider efter näringsriktlinjer|ansvara för budget och personal i storkök|följa upp kvalitet och matsvinn", "i kommuner och regioner|på cateringföretag", "Kostansvarig|Storköksföreståndare", ""),
    ("Måltidsbiträde", "HRS", "9412", "E", "RSC", "D", "F", "förbereda och servera måltider i skola och äldreomsorg|diska och hålla ordning|hjälpa till med specialkost", "på skolor|på äldreboenden|på förskolor", "Skolmåltidsbiträde", ""),
    ("Reseledare", "HRS", "5113", "EGK", "SEA", "O", "M", "följa med resenärer på resor|informera om resmålet och hjälpa till vid problem|ordna utflykter", "hos researrangörer|på resmål utomlands", "Reseguide", ""),
    # Hälso- och sjukvård
    ("Undersköterska", "HSV SOC", "5323 5321", "G", "SRC", "S", "M", "hjälpa patienter med personlig omvårdnad|ta prover och mäta blodtryck och puls|dokumentera och rapportera till sjuksköterskan", "på sjukhus|på vårdcentraler|i hemtjänst och på äldreboenden", "-", "Sedan 2023 är undersköterska en skyddad yrkestitel. Den som har rätt utbildning kan ansöka om bevis hos Socialstyrelsen."),
    ("Sjuksköterska", "HSV", "2221", "L", "SIC", "S", "M", "bedöma patienternas behov och planera vården|ge läkemedel och behandlingar|leda arbetet i vårdteamet", "på sjukhus|på vårdcentraler|i kommunens hemsjukvård", "Legitimerad sjuksköterska|Allmänsjuksköterska", "Efter sjuksköterskeexamen ansöker man om legitimation hos Socialstyrelsen."),
    ("Barnmorska", "HSV", "2222", "L", "SIR", "S", "M", "följa gravida på mödravården|förlösa barn och stötta föräldrarna|ge råd om preventivmedel", "på förlossningsavdelningar|på barnmorskemottagningar|på ungdomsmottagningar", "-", "För att bli barnmorska krävs legitimation som sjuksköterska och en vidareutbildning till barnmorska."),
    ("Distriktssköterska", "HSV", "2224", "L", "SIC", "D", "M", "ta emot patienter på mottagningen|göra hembesök och ge vård i hemmet|arbeta förebyggande med vaccinationer och hälsosamtal", "på vårdcentraler|i kommunens hemsjukvård", "Distriktssjuksköterska", "Yrket kräver legitimation som sjuksköterska och en specialistutbildning."),
    ("Operationssjuksköterska", "HSV", "2231", "L", "SRI", "J", "M", "förbereda instrument och material inför operationer|assistera kirurgen under operationen|se till att allt är sterilt", "på operationsavdelningar|på dagkirurgiska kliniker", "Operationssköterska", "Yrket kräver legitimation som sjuksköterska och en specialistutbildning."),
    ("Anestesisjuksköterska", "HSV", "2223", "L", "SIR", "S", "M", "söva patienter och övervaka dem under operationen|ge smärtlindring|sköta andning och vätska hos svårt sjuka", "på operationsavdelningar|på intensivvårdsavdelningar", "Narkossköterska", "Yrket kräver legitimation som sjuksköterska och en specialistutbildning."),
    ("Psykiatrisjuksköterska", "HSV SOC", "2225", "L", "SIC", "S", "M", "ge vård till personer med psykisk ohälsa|föra stödjande samtal|ge och följa upp läkemedelsbehandling", "på psykiatriska kliniker|på psykiatriska mottagningar|i kommunens boenden", "Psykiatrisköterska", "Yrket kräver legitimation som sjuksköterska och en specialistutbildning."),
    ("Skolsköterska", "HSV PED", "2233", "L", "SIC", "D", "M", "göra hälsobesök och hälsokontroller med elever|vaccinera enligt vaccinationsprogrammet|ge råd och stöd till elever och föräldrar", "i grundskolor|i gymnasieskolor", "Skolsjuksköterska", "Yrket kräver legitimation som sjuksköterska och oftast en specialistutbildning."),
    ("Röntgensjuksköterska", "HSV", "2235", "L", "SRI", "S", "M", "ta röntgenbilder och göra undersökningar med datortomograf och magnetkamera|förbereda och ta hand om patienter under undersökningen|kontrollera bildernas kvalitet", "på röntgenavdelningar|på privata röntgenkliniker", "Röntgensköterska", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Ambulanssjuksköterska", "HSV", "2226", "L", "SRI", "S", "V", "bedöma och behandla patienter på plats|vårda patienten under transporten till sjukhus|samarbeta med räddningstjänst och polis", "inom ambulanssjukvården", "Ambulanssköterska", "Yrket kräver legitimation som sjuksköterska och en specialistutbildning."),
    ("Ambulanssjukvårdare", "HSV", "5326", "GK", "SRC", "S", "V", "köra ambulans och hjälpa till vid utryckningar|ge första hjälpen och vård på plats|ta hand om utrustningen i ambulansen", "inom ambulanssjukvården", "Ambulanssjukvårdsassistent", "Körkort med C1-behörighet krävs ofta för att köra ambulans."),
    ("Barnsköterska", "HSV PED", "5325", "G", "SRC", "S", "M", "ta hand om sjuka barn på sjukhus|hjälpa till vid undersökningar|stötta föräldrar och barn", "på barnavdelningar|på barnavårdscentraler|på förlossningsavdelningar", "-", ""),
    ("Tandsköterska", "HSV", "5350", "GK", "SCR", "D", "M", "förbereda behandlingsrummet och instrumenten|assistera tandläkaren vid behandlingar|sterilisera instrument och boka tider", "på tandvårdskliniker|inom Folktandvården", "Tandvårdsassistent", ""),
    ("Tandhygienist", "HSV", "3250", "L", "SIR", "D", "M", "undersöka tänder och tandkött|ta bort tandsten och behandla tandköttsinflammation|ge råd om munhälsa", "på tandvårdskliniker|inom Folktandvården", "-", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Tandläkare", "HSV", "2260", "L", "ISR", "D", "M", "undersöka tänder och munhåla|laga hål och behandla sjukdomar i munnen|ge råd om hur man förebygger problem", "på privata tandvårdskliniker|inom Folktandvården", "-", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Tandtekniker", "HSV HAN", "3214", "KL", "RAI", "D", "L", "tillverka kronor, broar och proteser|skanna avtryck digitalt och skriva ut delar i 3D-skrivare|samarbeta med tandläkare", "på tandtekniska laboratorier", "Dentaltekniker", ""),
    ("Läkare", "HSV", "2211 2219", "L", "ISE", "J", "M", "undersöka patienter och ställa diagnoser|bestämma behandling och skriva ut läkemedel|samarbeta med andra yrkesgrupper i vården", "på sjukhus|på vårdcentraler|på privata kliniker", "Doktor|Specialistläkare", "Efter läkarexamen ansöker man om legitimation hos Socialstyrelsen. Många fortsätter sedan med specialisering i flera år."),
    ("Psykolog", "HSV SOC", "2241", "L", "ISA", "D", "M", "utreda och bedöma psykisk hälsa|ge samtalsbehandling till enskilda och grupper|ge råd och stöd till personal", "inom psykiatrin|på vårdcentraler|inom skolan och företagshälsovården", "Legitimerad psykolog", "Efter psykologexamen följer ett år av praktisk tjänstgöring innan man kan få legitimation."),
    ("Fysioterapeut", "HSV", "2272", "L", "SRI", "D", "M", "undersöka rörelseförmåga och smärta|planera och leda träning och behandling|ge råd om hur man förebygger skador", "på sjukhus|på vårdcentraler|på privata kliniker", "Sjukgymnast", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Arbetsterapeut", "HSV SOC", "2273", "L", "SRA", "D", "M", "bedöma hur personer klarar sin vardag|prova ut hjälpmedel|planera träning av vardagliga aktiviteter", "på sjukhus|i kommuner|inom habilitering och rehabilitering", "-", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Dietist", "HSV NV", "2282", "L", "ISC", "D", "M", "ge råd om kost vid sjukdom|planera behandling vid ätstörningar och diabetes|utbilda vårdpersonal om nutrition", "på sjukhus|på vårdcentraler|i livsmedelsföretag", "Legitimerad dietist", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Optiker", "HSV FOR", "2284", "L", "IRS", "K", "M", "undersöka syn och ögonhälsa|prova ut glasögon och kontaktlinser|ge råd om bågar och synhjälpmedel", "i optikerbutiker|på ögonkliniker", "Legitimerad optiker", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Apotekare", "HSV NV", "2281", "L", "ICS", "K", "L", "ge råd om läkemedel till kunder och vårdpersonal|kontrollera recept och läkemedelsbehandlingar|arbeta med utveckling av läkemedel", "på apotek|på sjukhus|i läkemedelsindustrin", "Farmaceut", "Efter apotekarexamen ansöker man om legitimation hos Socialstyrelsen."),
    ("Biomedicinsk analytiker", "HSV NV", "3212", "L", "IRC", "S", "L", "analysera blod och andra prover|göra undersökningar av hjärta, lungor och hjärna|kvalitetssäkra analyserna", "på sjukhuslaboratorier|på fysiologiska kliniker|inom forskningen", "BMA", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Ortopedingenjör", "HSV TEK", "3214", "L", "RIS", "D", "L", "prova ut och tillverka proteser och ortoser|mäta och ta avgjutningar|följa upp hur hjälpmedlet fungerar för patienten", "på ortopedtekniska avdelningar|på privata ortopedtekniska företag", "Ortopedtekniker", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    ("Skötare", "HSV SOC", "5341", "G", "SRC", "S", "M", "stötta patienter inom psykiatrin i vardagen|föra samtal och motivera till aktiviteter|dela ut läkemedel och observera hur patienterna mår", "på psykiatriska avdelningar|inom rättspsykiatrin", "Psykiatriskötare", ""),
    ("Vårdbiträde", "HSV SOC", "5330", "EG", "SRC", "S", "M", "hjälpa äldre med personlig hygien och måltider|städa och tvätta|ge sällskap och stöd i vardagen", "i hemtjänst|på äldreboenden", "Vårdare", ""),
    ("Veterinär", "HSV NAT", "2250", "L", "IRS", "J", "M", "undersöka och behandla sjuka djur|operera och vaccinera|kontrollera livsmedel och djurhållning", "på djursjukhus och djurkliniker|inom distriktsveterinärerna|på Livsmedelsverket", "Djurläkare", "Efter veterinärexamen ansöker man om legitimation hos Jordbruksverket."),
    ("Djursjukskötare", "HSV NAT", "3240", "L", "SRI", "S", "M", "ta hand om inneliggande djur på klinik|assistera vid operationer och narkos|ge råd till djurägare", "på djursjukhus|på djurkliniker", "Djursjuksköterska", "Efter examen ansöker man om legitimation hos Jordbruksverket."),
    ("Kiropraktor", "HSV", "2271", "L", "RSI", "D", "M", "undersöka och behandla besvär i rygg, nacke och leder|ge manuell behandling|ge råd om träning och hållning", "på kiropraktorkliniker|i egen mottagning", "-", "Efter examen ansöker man om legitimation hos Socialstyrelsen."),
    # Industriell tillverkning
    ("Svetsare", "IND BYG", "7212", "G", "RCI", "S", "F", "svetsa ihop detaljer i stål och aluminium|läsa svetsritningar|kontrollera fogar och kvalitet", "i verkstadsindustrin|på varv|på byggföretag", "Svetsoperatör|Gasskärare", "Många arbetsgivare kräver svetscertifikat enligt europeisk standard."),
    ("CNC-operatör", "IND", "7223", "G", "RCI", "S", "F", "ställa in och köra CNC-maskiner|programmera enklare bearbetningar|mäta och kontrollera detaljer", "i verkstadsindustrin|hos underleverantörer", "CNC-tekniker|CNC-svarvare", ""),
    ("Verktygsmakare", "IND", "7222", "GK", "RIC", "D", "F", "tillverka och reparera verktyg och formar|fräsa, svarva och slipa med stor precision|mäta och kontrollera detaljer", "i verkstadsindustrin|på verktygsföretag", "Formverktygsmakare", ""),
    ("Industrilackerare", "IND", "7132", "G", "RCA", "D", "F", "förbehandla och maskera detaljer|lackera med sprutor eller robotar|kontrollera ytan och skikttjockleken", "i verkstadsindustrin|på lackeringsföretag", "Industrimålare|Lackerare", ""),
    ("Processoperatör", "IND", "8189", "G", "RCI", "S", "F", "övervaka processen från kontrollrummet|ta prover och justera inställningar|göra enklare underhåll av utrustningen", "i kemisk industri|på pappersbruk|i livsmedelsindustrin", "Processövervakare|Kontrollrumsoperatör", ""),
    ("Fordonsmontör", "IND", "8211", "EG", "RCS", "S", "F", "montera delar på bilar, lastbilar eller bussar|använda verktyg och monteringsrobotar|kontrollera kvaliteten i varje moment", "i fordonsindustrin", "Bilmontör|Linjemontör", ""),
    ("Maskinmontör", "IND", "8219", "G", "RCI", "S", "F", "montera maskiner och större utrustning|läsa ritningar och monteringsinstruktioner|provköra och justera", "i verkstadsindustrin|hos maskintillverkare", "Industrimontör", ""),
    ("Mejerioperatör", "IND", "8162", "G", "RCI", "S", "F", "sköta maskiner som gör mjölk, ost och yoghurt|ta prover och kontrollera kvaliteten|rengöra utrustningen enligt hygienregler", "på mejerier", "Mejerist", ""),
    ("Sågverksoperatör", "IND NAT", "8173", "G", "RCI", "S", "F", "styra sågning och sortering av timmer från en manöverhytt|övervaka maskinerna och åtgärda stopp|kontrollera virkets kvalitet", "på sågverk|på hyvlerier", "Sågare", ""),
    ("Plastoperatör", "IND", "8142", "G", "RCI", "S", "F", "ställa in och köra maskiner för formsprutning och extrudering|byta verktyg|kontrollera produkternas kvalitet", "i plastindustrin", "Formsprutare", ""),
    ("Handpaketerare", "IND TRP", "9320", "E", "RC", "S", "F", "packa varor för hand|märka och kontrollera förpackningar|hålla ordning vid packbordet", "i fabriker|på lager och packcentraler", "Packare|Fabriksarbetare", ""),
    ("Produktionstekniker", "IND TEK", "3111", "KL", "IRC", "D", "F", "förbättra och effektivisera produktionen|ta fram instruktioner och arbetsmetoder|införa ny utrustning", "i tillverkningsindustrin", "Produktionsingenjör", ""),
    ("Kvalitetstekniker", "IND TEK", "3111", "K", "CIR", "D", "F", "kontrollera att produkter uppfyller kraven|utreda orsaker till fel och avvikelser|arbeta med kvalitetssystem och revisioner", "i tillverkningsindustrin", "Kvalitetskontrollant", ""),
    ("Produktionsledare", "IND CHF", "3122", "KL", "ECR", "S", "F", "leda och fördela arbetet i produktionen|följa upp mål för säkerhet, kvalitet och leveranser|ta hand om personalfrågor", "i tillverkningsindustrin", "Produktionsarbetsledare|Skiftledare", ""),
    ("Produktionschef", "IND CHF", "1370", "L", "ECI", "D", "K", "ansvara för en fabrik eller en del av produktionen|planera kapacitet och investeringar|leda produktionsledare och specialister", "i tillverkningsindustrin", "Fabrikschef", ""),
    ("Industrisömmare", "IND HAN", "7532", "G", "RAC", "D", "F", "sy plagg och produkter i industrisymaskiner|klippa och sätta ihop delar efter mönster|kontrollera sömmar och kvalitet", "i textilindustrin|på sömnadsföretag", "Sömmerska|Maskinsömmare", ""),
    ("Gruvarbetare", "IND", "8111", "G", "RCS", "S", "U", "köra maskiner för borrning, lastning och transport under jord|förstärka berget med bultar och betong|sköta service på maskiner", "i gruvor", "Bergarbetare|Gruvbrytare", ""),
    ("Robottekniker", "IND INS", "7223", "K", "RIC", "S", "F", "programmera och ställa in industrirobotar|felsöka och reparera robotceller|förbättra robotarnas rörelser och cykeltider", "i tillverkningsindustrin|hos robotleverantörer", "Robotprogrammerare", ""),
    ("Automationstekniker", "IND INS", "3113", "K", "RIC", "D", "F", "programmera styrsystem för maskiner och processer|felsöka elektriska och mekaniska fel|installera ny automationsutrustning", "i tillverkningsindustrin|hos automationsföretag", "Automationsingenjör|Styrsystemstekniker", ""),
    ("Tryckare", "IND KUL", "7322", "G", "RCA", "S", "F", "ställa in och köra tryckpressar|kontrollera färger och tryckkvalitet|sköta underhåll av maskinerna", "på tryckerier", "Digitaltryckare", ""),
    # Installation, drift, underhåll
    ("Elektriker", "INS BYG", "7411", "G", "RIC", "D", "F", "dra ledningar och installera uttag, belysning och elcentraler|felsöka och reparera elanläggningar|läsa ritningar och följa regler för elsäkerhet", "på elinstallationsföretag|i industrin|i egen firma", "Elinstallatör|Installationselektriker", "För att arbeta självständigt med elinstallationer krävs auktorisation från Elsäkerhetsverket."),
    ("Industrielektriker", "INS IND", "7412", "G", "RIC", "S", "F", "installera och underhålla el i fabriker|felsöka motorer, styrsystem och maskiner|byta komponenter vid driftstopp", "i tillverkningsindustrin|på elinstallationsföretag", "Underhållselektriker", ""),
    ("Distributionselektriker", "INS", "7413", "G", "RCI", "J", "U", "bygga och underhålla elnätet|dra kabel i mark och i luftledningar|åtgärda strömavbrott", "hos elnätsföretag|på entreprenadföretag", "Elnätsmontör|Nätelektriker", ""),
    ("VVS-montör", "INS BYG", "7125", "G", "RCI", "D", "F", "installera rör för vatten, värme och avlopp|montera badrum och kök|serva och reparera värmesystem", "på VVS-företag|på byggföretag|i egen firma", "Rörmokare|Rörläggare", "Den som arbetar i våtrum behöver behörighet enligt branschreglerna."),
    ("Ventilationsmontör", "INS BYG", "7213", "G", "RCI", "D", "F", "montera ventilationskanaler och aggregat|tillverka kanaldelar i verkstad|justera luftflöden", "på ventilationsföretag|på byggföretag", "Ventilationsplåtslagare", ""),
    ("Kyltekniker", "INS", "7126", "GK", "RIC", "J", "F", "installera kyl- och frysanläggningar och värmepumpar|felsöka och reparera|fylla på och ta hand om köldmedier", "på kyl- och värmepumpsföretag|i livsmedelsbutiker och industrier", "Kylmontör|Värmepumpstekniker", "För att hantera köldmedier krävs certifikat."),
    ("Fastighetsskötare", "INS", "5152", "G", "RCS", "J", "U", "sköta om fastigheter och utemiljön|laga mindre fel i lägenheter och lokaler|snöröja och klippa gräs", "på fastighetsbolag|på bostadsbolag|i kommuner", "Fastighetsvärd|Gårdsvaktmästare", ""),
    ("Drifttekniker", "INS", "8191", "GK", "RIC", "S", "F", "övervaka anläggningar för värme, el eller vatten|sköta underhåll och felsökning|ta prover och läsa av mätvärden", "på värmeverk|på vattenverk och reningsverk|på kraftvärmeverk", "Driftoperatör", ""),
    ("Underhållsmekaniker", "INS IND", "7233", "G", "RIC", "S", "F", "reparera och underhålla maskiner i produktionen|göra förebyggande underhåll enligt plan|felsöka mekaniska och hydrauliska fel", "i tillverkningsindustrin|på underhållsföretag", "Maskinreparatör|Reparatör", ""),
    ("Bilmekaniker", "INS", "7231", "G", "RIC", "D", "F", "felsöka bilar med dator och mätinstrument|serva och reparera motorer och bromsar|byta däck och reservdelar", "på bilverkstäder|på märkesverkstäder", "Fordonsmekaniker|Personbilsmekaniker", ""),
    ("Lastbilsmekaniker", "INS TRP", "7231", "G", "RIC", "D", "F", "serva och reparera lastbilar och bussar|felsöka elektronik och hydraulik|förbereda fordonen inför besiktning", "på lastbilsverkstäder|hos åkerier och bussbolag", "Lastvagnsmekaniker", ""),
    ("Flygtekniker", "INS TRP", "3155", "KL", "RIC", "S", "F", "underhålla och reparera flygplan och helikoptrar|kontrollera motorer, system och struktur|dokumentera allt arbete enligt reglerna för luftfart", "på flygplatser|på underhållsföretag för flyg|inom Försvarsmakten", "Flygmekaniker|Flygplansmekaniker", "För att få intyga underhållsarbete krävs ett certifikat från Transportstyrelsen."),
    ("Cykelmekaniker", "INS", "7231", "EG", "RIC", "A", "F", "reparera och serva cyklar och elcyklar|montera nya cyklar|ge råd till kunder", "i cykelbutiker|på cykelverkstäder", "Cykelreparatör", ""),
    ("Skorstensfejare", "INS SAN", "7133", "G", "RCI", "D", "U", "sota pannor, eldstäder och skorstenar|göra brandskyddskontroller|ge råd om eldning och underhåll", "på sotningsföretag|hos kommunala räddningstjänster", "Sotare|Skorstensfejartekniker", ""),
    ("Servicetekniker", "INS", "7233", "GK", "RIC", "O", "V", "åka ut till kunder och reparera maskiner och utrustning|göra förebyggande service|ge råd om hur utrustningen ska skötas", "hos maskinleverantörer|på serviceföretag", "Fälttekniker|Servicemontör", ""),
    ("Larmtekniker", "INS SAK", "7420", "G", "RIC", "D", "F", "installera inbrottslarm, brandlarm och passersystem|programmera och testa anläggningarna|felsöka och serva", "på säkerhetsföretag|på elinstallationsföretag", "Larminstallatör|Säkerhetstekniker", ""),
    ("Telekomtekniker", "INS IT", "7420", "G", "RIC", "D", "U", "installera och underhålla fiber- och mobilnät|skarva fiber och mäta signaler|felsöka avbrott", "på telekomföretag|på entreprenadföretag", "Fibertekniker|Nätmontör", ""),
    ("Vindkraftstekniker", "INS TEK", "7233", "K", "RIC", "J", "U", "serva och reparera vindkraftverk|felsöka el, hydraulik och styrsystem|arbeta på hög höjd med säkerhetsutrustning", "hos vindkraftsbolag|hos serviceföretag", "Vindkraftsmontör", "Arbetet kräver utbildning i arbete på hög höjd och räddning."),
    ("Solcellsinstallatör", "INS BYG", "8212", "GK", "RIC", "A", "U", "montera solpaneler på tak och mark|koppla in växelriktare och batterier|kontrollera att anläggningen fungerar", "på solcellsföretag|på elinstallationsföretag", "Solcellsmontör", ""),
    ("Vaktmästare", "INS", "9622", "EG", "RCS", "D", "F", "sköta om lokaler och lösa praktiska problem|ta emot och dela ut post och leveranser|flytta möbler och ställa i ordning inför möten", "på skolor|på sjukhus|på myndigheter", "Skolvaktmästare", ""),
    ("Bilskadereparatör", "INS", "7214", "G", "RAC", "D", "F", "reparera karosser efter krockar|rikta och byta skadade delar|samarbeta med billackerare och försäkringsbolag", "på skadeverkstäder", "Bilplåtslagare|Karossreparatör", ""),
    # Kultur, media, design
    ("Journalist", "KUL", "2642", "L", "AIE", "O", "K", "ta fram och granska nyheter|intervjua människor|skriva, filma eller spela in reportage", "på tidningar|på radio och tv|på nyhetssajter", "Reporter|Nyhetsreporter", ""),
    ("Fotograf", "KUL", "3431", "K", "ARE", "V", "M", "fotografera porträtt, produkter och evenemang|redigera och bearbeta bilder|ha kontakt med kunder och beställare", "på fotoateljéer|på tidningar|i egen firma", "Porträttfotograf|Bröllopsfotograf", ""),
    ("Grafisk formgivare", "KUL", "2172", "KL", "AEC", "D", "K", "ta fram logotyper, trycksaker och digitala annonser|välja typsnitt, färger och bilder|anpassa material för webb och tryck", "på reklambyråer|på tryckerier|i egen firma", "Grafisk designer|Grafiker", ""),
    ("Illustratör", "KUL", "2651", "KL", "AER", "V", "K", "rita bilder till böcker, tidningar och reklam|arbeta digitalt eller med penna och pensel|anpassa stilen efter beställarens önskemål", "i egen firma|på förlag och byråer", "Tecknare", ""),
    ("Bildkonstnär", "KUL", "2651", "L", "AIE", "V", "F", "skapa måleri, skulptur eller installationer|ställa ut på gallerier och museer|söka stipendier och offentliga uppdrag", "i egen ateljé|i konstnärskollektiv", "Konstnär|Konstmålare", ""),
    ("Skådespelare", "KUL", "2655", "L", "AES", "O", "M", "repetera och spela roller på scen, i film eller tv|läsa in ljudböcker och reklam|söka nya roller på provspelningar", "på teatrar|inom film och tv|i fria teatergrupper", "Aktör", ""),
    ("Musiker", "KUL", "2652", "KL", "AES", "O", "M", "spela och repetera musik|uppträda på konserter och evenemang|spela in musik i studio", "i orkestrar och band|i kyrkor|som frilansare", "Instrumentalist|Frilansmusiker", ""),
    ("Dansare", "KUL", "2653", "L", "ARS", "O", "M", "träna och repetera koreografier|uppträda på scen och i film|hålla kroppen i form", "på dansensembler och teatrar|i fria dansgrupper", "-", ""),
    ("Regissör", "KUL", "2654", "L", "AES", "O", "M", "tolka manus och bestämma hur en föreställning eller film ska bli|leda skådespelare och team|välja rollbesättning och samarbeta med scenografer", "på teatrar|inom film och tv", "-", ""),
    ("Ljudtekniker", "KUL TEK", "3522", "K", "RAI", "O", "F", "mixa ljud på konserter och föreställningar|spela in och redigera ljud|rigga och ta hand om ljudutrustning", "på teatrar och konsertscener|i inspelningsstudior|på radio och tv", "Ljuddesigner", ""),
    ("Scentekniker", "KUL", "3522", "K", "RAC", "O", "F", "bygga upp och riva scenografi|rigga ljus och ljud|sköta tekniken under föreställningen", "på teatrar och konserthus|hos eventföretag", "Ljustekniker|Scenarbetare", ""),
    ("Bibliotekarie", "KUL PED", "2622", "L", "SIC", "K", "M", "hjälpa besökare att hitta böcker och information|köpa in medier och ordna samlingarna|ordna läsfrämjande aktiviteter", "på folkbibliotek|på skolbibliotek|på universitetsbibliotek", "Folkbibliotekarie|Skolbibliotekarie", ""),
    ("Arkivarie", "KUL ADM", "2622", "L", "CIS", "D", "K", "ta hand om och ordna arkiv|hjälpa forskare och allmänhet att hitta handlingar|planera hur digitala handlingar ska bevaras", "på Riksarkivet|i kommuner och regioner|i företag", "-", ""),
    ("Översättare", "KUL", "2643", "L", "AIC", "V", "K", "översätta texter mellan språk|anpassa språket efter målgruppen|granska och korrekturläsa", "på översättningsbyråer|i egen firma|på myndigheter", "Translator|Facköversättare", "Översättare kan ansöka om auktorisation hos Kammarkollegiet."),
    ("Tolk", "KUL SOC", "2643", "K", "SCA", "O", "M", "tolka samtal mellan personer som inte talar samma språk|tolka på plats, i telefon eller via video|förbereda sig med ordlistor inför uppdrag", "på tolkförmedlingar|i egen firma", "Kontakttolk|Dialogtolk", "Tolkar kan ansöka om auktorisation hos Kammarkollegiet."),
    ("Författare", "KUL", "2641", "GKL", "AIE", "V", "K", "skriva romaner, noveller eller fackböcker|bearbeta texterna tillsammans med förlaget|läsa och berätta om sina böcker på bibliotek och skolor", "i eget arbetsrum|på uppdrag av förlag", "Skribent|Romanförfattare", ""),
    ("Copywriter", "KUL FOR", "2641", "K", "AEC", "D", "K", "skriva texter till reklam och webbplatser|hitta på idéer till kampanjer|anpassa budskap efter olika kanaler", "på reklambyråer|på kommunikationsavdelningar|i egen firma", "Reklamskribent|Textförfattare", ""),
    ("Kommunikatör", "KUL ADM", "2432", "L", "ASE", "D", "K", "planera och skriva information till olika målgrupper|sköta webb och sociala medier|ge råd om kommunikation till chefer", "på myndigheter|i kommuner|i företag och organisationer", "Informatör|PR-konsult", ""),
    ("Inredare", "KUL HAN", "3432", "K", "AES", "D", "M", "planera färg, möbler och belysning i rum|ta fram förslag och skisser till kunder|köpa in och placera inredning", "på inredningsföretag|i möbelbutiker|i egen firma", "Inredningsdesigner|Inredningsstylist", ""),
    ("Modedesigner", "KUL HAN", "2179", "L", "AER", "V", "K", "skissa och ta fram nya plagg och kollektioner|välja tyger, färger och material|samarbeta med mönsterkonstruktörer och fabriker", "på modeföretag|i egen firma", "Klädesigner", ""),
    ("Industridesigner", "KUL TEK", "2171", "L", "AIR", "D", "K", "formge produkter som möbler, verktyg och maskiner|ta fram skisser, modeller och prototyper|samarbeta med ingenjörer och kunder", "på designbyråer|i industriföretag", "Produktdesigner", ""),
    ("Guide", "KUL HRS", "5113", "G", "SEA", "A", "U", "visa turister och grupper runt i städer, museer eller natur|berätta om historia och sevärdheter|planera visningar och hålla tider", "på museer|hos turistbyråer och researrangörer|i egen firma", "Turistguide|Stadsguide", ""),
    # Sanering och renhållning
    ("Städare", "SAN", "9111", "E", "RC", "D", "F", "städa kontor, skolor och trapphus|dammsuga, våttorka golv och rengöra toaletter|fylla på papper och tvål", "på städföretag|i kommuner och regioner|på hotell", "Lokalvårdare|Städerska", ""),
    ("Hemstädare", "SAN", "9111", "E", "RCS", "D", "M", "städa i privata hem|putsa fönster och stryka tvätt|planera besöken hos kunderna", "på hemserviceföretag|i egen firma", "Hemservicepersonal", ""),
    ("Renhållningsarbetare", "SAN TRP", "9610", "EG", "RCS", "T", "U", "tömma sopkärl och containrar|köra sopbil|se till att avfallet sorteras rätt", "på renhållningsföretag|i kommuner", "Sophämtare|Avfallsarbetare", ""),
    ("Återvinningsarbetare", "SAN", "9610", "E", "RCS", "K", "U", "ta emot besökare på återvinningscentralen|hjälpa till att sortera avfall rätt|köra truck och hjullastare", "på återvinningscentraler|på avfallsanläggningar", "Miljöarbetare", ""),
    ("Saneringsarbetare", "SAN BYG", "7134", "G", "RCI", "D", "F", "sanera asbest, mögel och PCB|skydda sig och omgivningen med rätt utrustning|riva och ta hand om farligt avfall", "på saneringsföretag|på rivningsföretag", "Sanerare|Asbestsanerare", "Den som arbetar med asbest behöver särskild utbildning och läkarundersökning."),
    ("Skadesanerare", "SAN", "7134", "G", "RCS", "J", "F", "torka ut och sanera efter vattenskador och bränder|mäta fukt i byggnader|sanera lukt och sot", "på skadesaneringsföretag", "Fuktsanerare", ""),
    ("Fönsterputsare", "SAN", "9120", "E", "RCE", "A", "U", "putsa fönster i bostäder, butiker och kontor|arbeta från stege, skylift eller med teleskopskaft|boka och planera uppdrag", "på fönsterputsföretag|på städföretag|i egen firma", "-", ""),
    ("Bilrekonditionerare", "SAN", "9120", "E", "RCA", "D", "F", "tvätta och vaxa bilar|rengöra klädsel och interiör|polera lack och fälgar", "på bilvårdsföretag|hos bilhandlare", "Biltvättare|Bilvårdare", ""),
    ("Skadedjurstekniker", "SAN NAT", "7134", "GK", "RIC", "J", "U", "bekämpa råttor, möss och insekter|undersöka hur skadedjuren tar sig in|ge råd om förebyggande åtgärder", "på saneringsföretag|i kommuner", "Skadedjurssanerare", "För att använda vissa bekämpningsmedel krävs särskild behörighet."),
    ("Sug- och spolbilsförare", "SAN TRP", "8332", "G", "RCS", "D", "V", "tömma slambrunnar och fettavskiljare|spola rent avlopp och ledningar|köra tunga fordon", "på miljö- och saneringsföretag|i kommuner", "Slambilsförare", ""),
    ("Städledare", "SAN CHF", "5151", "GK", "ECS", "D", "M", "planera och fördela städuppdrag|introducera och handleda nya medarbetare|följa upp kvaliteten hos kunderna", "på städföretag|i kommuner och regioner", "Arbetsledare städ", ""),
    # Naturbruk
    ("Lantbrukare", "NAT", "6130", "G", "RCE", "A", "U", "sköta djur och odla marken|köra traktor och andra maskiner|planera ekonomin i företaget", "på egna gårdar|som anställd på större gårdar", "Bonde|Jordbrukare", ""),
    ("Djurskötare", "NAT", "6121", "G", "RSC", "T", "U", "mjölka och utfodra djur|hålla ordning i stallet|upptäcka tecken på sjukdom", "på lantbruk med mjölkkor, grisar eller får", "Lantbruksdjurskötare|Ladugårdsskötare", ""),
    ("Hästskötare", "NAT", "6121", "G", "RSC", "T", "U", "utfodra och sköta hästar|mocka boxar och hålla stallet rent|rida eller köra in hästar", "på travstall och galoppstall|på ridskolor|på hästgårdar", "Stallskötare|Groom", ""),
    ("Hovslagare", "NAT HAN", "6121", "GK", "RIC", "D", "U", "verka och sko hästar|smida och anpassa skor|ge råd om hovvård till hästägare", "i egen firma|på travbanor och stall", "-", "Det finns en särskild yrkesutbildning till hovslagare som avslutas med gesällprov."),
    ("Trädgårdsanläggare", "NAT BYG", "6113", "G", "RAC", "A", "U", "anlägga gräsmattor, planteringar och gångar|lägga marksten och bygga murar|sköta om parker och grönytor", "på trädgårdsanläggningsföretag|i kommuner", "Anläggningsträdgårdsmästare", ""),
    ("Trädgårdsmästare", "NAT", "6112", "G", "RAI", "A", "U", "odla växter i växthus och på friland|sköta plantor och skörda|sälja växter och ge råd till kunder", "på handelsträdgårdar|på plantskolor|i parker och på kyrkogårdar", "Trädgårdsodlare", ""),
    ("Skogsarbetare", "NAT", "6210", "G", "RCI", "A", "U", "plantera och röja skog|fälla träd med motorsåg|sköta om skogsbilvägar och hyggen", "på skogsbolag|hos skogsentreprenörer", "Skogsvårdare|Huggare", "Arbete med motorsåg kräver ett motorsågskörkort."),
    ("Skogsmaskinförare", "NAT TRP", "8341", "G", "RCI", "S", "V", "köra skördare eller skotare|planera avverkningen efter instruktioner|sköta maskinens underhåll", "hos skogsentreprenörer|på skogsbolag", "Skördarförare|Skotarförare", ""),
    ("Jägmästare", "NAT NV", "2135", "L", "IER", "D", "U", "planera skogsbruk på lång sikt|ge råd till skogsägare|leda avverkning och köpa virke", "på skogsbolag|på Skogsstyrelsen|hos skogsägarföreningar", "Skogsvetare", ""),
    ("Skogsinspektor", "NAT", "2135", "KL", "IRE", "D", "U", "planera avverkning och skogsvård|köpa virke från skogsägare|följa upp att arbetet sköts enligt miljöreglerna", "på skogsbolag|hos skogsägarföreningar|på Skogsstyrelsen", "Virkesköpare|Skogskonsulent", ""),
    ("Agronom", "NAT NV", "2134", "L", "IEC", "D", "K", "ge råd till lantbrukare om odling och djurhållning|utreda frågor om miljö och livsmedel|handlägga ärenden om stöd till jordbruket", "på Jordbruksverket|hos rådgivningsföretag|i livsmedelsföretag", "Lantbruksrådgivare", ""),
    ("Fiskare", "NAT", "6222", "G", "RCE", "O", "U", "fiska med nät, trål eller burar|ta hand om fångsten ombord|sköta båt och redskap", "i eget fiskeföretag|ombord på fiskebåtar", "Yrkesfiskare", "Yrkesfiske kräver licens från Havs- och vattenmyndigheten."),
    ("Djurvårdare", "NAT", "6129", "G", "SRC", "S", "F", "utfodra och sköta djur i djurpark eller djuranläggning|städa och göra i ordning hägn|berätta om djuren för besökare", "på djurparker|på djurhem|på försöksdjursanläggningar", "Djurparksskötare", ""),
    ("Hundtrimmare", "NAT KRO", "6122", "EG", "RAS", "D", "F", "bada, klippa och trimma hundar|klippa klor och rengöra öron|ge råd om päls- och hudvård", "på hundsalonger|i egen salong", "Hundfrisör", ""),
    ("Bärplockare", "NAT", "9210", "E", "RC", "A", "U", "plocka bär och svamp i skog och på odlingar|sortera och rensa|lämna det plockade till uppköpare", "hos bärföretag|på odlingar", "-", ""),
    ("Ridinstruktör", "NAT PED", "3422", "K", "SRE", "K", "U", "leda ridlektioner för barn och vuxna|träna hästar|ta hand om stallets skötsel", "på ridskolor|på hästgårdar", "Ridlärare", ""),
    ("Traktorförare", "NAT TRP", "8341", "G", "RCS", "A", "V", "köra traktor med olika redskap|plöja, så och skörda|transportera spannmål och foder", "på lantbruk|hos maskinstationer", "Lantbruksmaskinförare", ""),
    ("Lantbruksförvaltare", "NAT CHF", "1380", "KL", "ERC", "A", "U", "planera driften på en större gård|leda personalen och följa upp ekonomin|köpa in maskiner, utsäde och foder", "på gods och större lantbruksföretag", "Gårdsförvaltare|Godsförvaltare", ""),
    # Naturvetenskap
    ("Biolog", "NV", "2132", "L", "IRC", "D", "L", "undersöka växter, djur och ekosystem|samla in och analysera prover i fält|skriva rapporter och ge råd i miljöfrågor", "på universitet|på myndigheter|på konsultföretag", "Ekolog|Zoolog", ""),
    ("Kemist", "NV IND", "2113", "L", "ICR", "D", "L", "analysera ämnen och material i laboratorium|utveckla nya produkter och metoder|ansvara för kvalitet och säkerhet", "i läkemedelsindustrin|i kemisk industri|på universitet", "Analytisk kemist", ""),
    ("Fysiker", "NV", "2111", "L", "IRC", "D", "L", "undersöka fysikaliska fenomen med experiment och beräkningar|utveckla mätmetoder och instrument|programmera modeller och simuleringar", "på universitet|i industrin|på forskningsinstitut", "-", ""),
    ("Geolog", "NV", "2114", "L", "IRC", "D", "U", "undersöka berg, jord och grundvatten|ta prover och tolka mätdata|ge underlag till byggen och gruvor", "på konsultföretag|på Sveriges geologiska undersökning|i gruvindustrin", "Geofysiker|Hydrogeolog", ""),
    ("Meteorolog", "NV", "2112", "L", "ICR", "S", "K", "göra väderprognoser|analysera data från satelliter och väderstationer|varna för oväder", "på SMHI|inom Försvarsmakten|på privata väderföretag", "Prognosmeteorolog", ""),
    ("Statistiker", "NV ADM", "2122", "L", "CIE", "D", "K", "planera undersökningar och välja urval|bearbeta och analysera data|presentera resultat i tabeller och diagram", "på SCB|på myndigheter|i företag", "-", ""),
    ("Aktuarie", "NV ADM", "2121", "L", "CIE", "D", "K", "räkna på risker och premier för försäkringar|beräkna hur mycket pengar som behövs för framtida pensioner|ta fram underlag för beslut", "på försäkringsbolag|på pensionsbolag", "Försäkringsmatematiker", ""),
    ("Miljöinspektör", "NV ADM", "2182", "L", "ICS", "D", "U", "kontrollera att företag följer regler om miljö och livsmedel|handlägga ärenden om avlopp, buller och föroreningar|ge råd till verksamheter och privatpersoner", "i kommuner|på länsstyrelser", "Miljö- och hälsoskyddsinspektör|Livsmedelsinspektör", ""),
    ("Laboratorieingenjör", "NV TEK", "3215", "KL", "IRC", "D", "L", "utföra analyser och experiment|ta hand om instrument och kalibrera dem|sammanställa och rapportera resultat", "på universitet|i läkemedels- och livsmedelsindustrin|på sjukhus", "-", ""),
    ("Laborant", "NV", "3215", "GK", "RCI", "D", "L", "förbereda prover och lösningar|göra analyser enligt instruktion|diska och hålla ordning i labbet", "i industrins laboratorier|på universitet", "Laboratorieassistent", ""),
    ("Miljöstrateg", "NV ADM", "2183", "L", "IEC", "D", "K", "ta fram planer för miljö och hållbarhet|följa upp miljömål och utsläpp|samordna miljöarbetet i organisationen", "i kommuner och regioner|i företag|på konsultföretag", "Miljösamordnare|Hållbarhetsstrateg", ""),
    ("Arkeolog", "NV KUL", "2623", "L", "IRA", "A", "U", "gräva ut och dokumentera fornlämningar|analysera fynd|skriva rapporter och berätta för allmänheten", "på museer|på arkeologiska konsultföretag|på universitet", "Fältarkeolog", ""),
    # Pedagogik
    ("Förskollärare", "PED", "2343", "L", "SAE", "D", "M", "planera och leda lek och lärande|följa och dokumentera barnens utveckling|samarbeta med vårdnadshavare", "i kommunala förskolor|i fristående förskolor", "Förskolepedagog", "Efter examen ansöker man om lärarlegitimation hos Skolverket."),
    ("Barnskötare", "PED SOC", "5311", "G", "SAR", "D", "M", "ta hand om barnen under dagen|ordna lek, måltider och vila|hjälpa till med planering och dokumentation", "i förskolor|på fritidshem", "Förskoleassistent", ""),
    ("Grundskollärare", "PED", "2341", "L", "SAI", "D", "M", "planera och hålla lektioner|bedöma elevernas kunskaper och sätta betyg|ha kontakt med vårdnadshavare", "i grundskolor", "Lågstadielärare|Mellanstadielärare|Högstadielärare", "Efter examen ansöker man om lärarlegitimation hos Skolverket."),
    ("Gymnasielärare", "PED", "2330", "L", "SIA", "D", "M", "undervisa i ett eller flera ämnen|planera kurser och bedöma elevernas arbeten|handleda elever i projekt", "i gymnasieskolor|inom vuxenutbildningen", "Ämneslärare", "Efter examen ansöker man om lärarlegitimation hos Skolverket."),
    ("Yrkeslärare", "PED", "2320", "L", "SRE", "D", "M", "undervisa i yrkesämnen på gymnasiet eller komvux|handleda elever på praktik|samarbeta med arbetsplatser i branschen", "i gymnasieskolor|inom vuxenutbildningen|på yrkeshögskolor", "Lärare i yrkesämnen", ""),
    ("Speciallärare", "PED", "2351", "L", "SIA", "D", "M", "ge stöd till elever som har svårt att nå målen|anpassa undervisningen i läsning, skrivning eller matematik|samarbeta med lärare och elevhälsa", "i grundskolor|i gymnasieskolor|i anpassad skola", "-", ""),
    ("Specialpedagog", "PED SOC", "2351", "L", "SIE", "D", "M", "kartlägga elevers behov av stöd|handleda lärare och arbetslag|arbeta förebyggande med lärmiljön", "i förskolor|i grundskolor|i gymnasieskolor", "-", ""),
    ("Fritidspedagog", "PED", "2342", "L", "SAE", "D", "M", "planera och leda aktiviteter på fritidshemmet|stödja barnens sociala utveckling|samarbeta med lärarna under skoldagen", "på fritidshem|i grundskolor", "Fritidslärare|Lärare i fritidshem", ""),
    ("Studie- och yrkesvägledare", "PED SOC", "2352", "L", "SEC", "D", "M", "ge vägledning om utbildning och yrken|hålla samtal med elever och vuxna|informera om arbetsmarknaden", "i grundskolor och gymnasieskolor|inom vuxenutbildningen|på universitet", "Studievägledare|Syv", ""),
    ("Elevassistent", "PED SOC", "5312", "EG", "SRC", "D", "M", "stötta elever som behöver extra hjälp|följa med på lektioner och raster|samarbeta med lärare", "i grundskolor|i gymnasieskolor", "Resursperson|Lärarassistent", ""),
    ("Universitetslektor", "PED NV", "2312", "L", "ISC", "V", "K", "undervisa studenter|forska och skriva vetenskapliga artiklar|handleda uppsatser", "på universitet och högskolor", "Lektor|Högskolelektor", ""),
    ("Trafiklärare", "PED TRP", "3441", "K", "SRE", "K", "V", "lära elever att köra bil, motorcykel eller lastbil|hålla lektioner i trafikteori|förbereda elever inför förarprovet", "på trafikskolor", "Körskolelärare|Trafikskolelärare", "Trafiklärare behöver behörighet från Transportstyrelsen."),
    ("Idrottstränare", "PED", "3422", "K", "SER", "K", "U", "planera och leda träningar|coacha aktiva vid tävlingar|stötta idrottarnas utveckling", "i idrottsföreningar|på idrottsgymnasier|inom idrottsförbund", "Coach", ""),
    ("Fritidsledare", "PED SOC", "3423", "K", "SEA", "K", "M", "ordna aktiviteter för barn och unga|vara en vuxen förebild på fritidsgården|samarbeta med skola och socialtjänst", "på fritidsgårdar|i föreningar|i kommuner", "Fritidsgårdsledare|Ungdomsledare", ""),
    ("Musiklärare", "PED KUL", "2359", "L", "ASE", "K", "M", "undervisa i sång och instrument|leda körer och ensembler|planera konserter och uppspelningar", "på kulturskolor|i grundskolor och gymnasieskolor", "Musikpedagog", ""),
    ("Sfi-lärare", "PED", "2359", "L", "SAI", "D", "M", "undervisa vuxna i svenska som andraspråk|anpassa undervisningen efter deltagarnas bakgrund|bedöma kunskaper och sätta betyg", "inom den kommunala vuxenutbildningen|på folkhögskolor", "Lärare i svenska för invandrare", ""),
    ("Dagbarnvårdare", "PED", "5311", "G", "SRC", "D", "M", "ta hand om barn i sitt eget hem|planera dagen med lek, mat och vila|ha kontakt med föräldrarna", "i pedagogisk omsorg i eget hem", "Dagmamma", ""),
    # Yrken med social inriktning
    ("Socialsekreterare", "SOC", "2661", "L", "SIC", "J", "M", "utreda barns och familjers behov av stöd|handlägga ärenden om ekonomiskt bistånd|samarbeta med skola, polis och vård", "i kommunernas socialtjänst", "Socialarbetare|Socionom", ""),
    ("Kurator", "SOC HSV", "2662", "L", "SIA", "D", "M", "föra stödsamtal med elever eller patienter|ge råd i sociala och praktiska frågor|samarbeta med andra yrkesgrupper", "i skolor|på sjukhus|på vårdcentraler", "Skolkurator|Sjukhuskurator", ""),
    ("Biståndshandläggare", "SOC ADM", "2663", "L", "SCI", "D", "K", "utreda behov av hemtjänst och annat stöd|fatta beslut enligt socialtjänstlagen|följa upp insatserna", "i kommuner", "Biståndsbedömare", ""),
    ("Behandlingsassistent", "SOC", "3411", "KL", "SRI", "S", "M", "stötta personer med missbruk eller psykisk ohälsa i vardagen|leda samtal och aktiviteter|dokumentera och rapportera", "på behandlingshem|på HVB-hem|inom socialtjänsten", "Behandlingspedagog|Socialpedagog", ""),
    ("Boendestödjare", "SOC", "5342", "GK", "SRC", "K", "M", "hjälpa personer att klara vardagen i sitt eget hem|stötta med ekonomi, städning och kontakter|motivera till aktiviteter", "i kommuner|hos privata omsorgsföretag", "Boendehandledare", ""),
    ("Personlig assistent", "SOC HSV", "5343", "E", "SRC", "O", "M", "hjälpa en person med funktionsnedsättning i vardagen|stödja vid personlig hygien, måltider och aktiviteter|följa med till jobb, skola och fritid", "hos assistansföretag|i kommuner|som anställd direkt hos brukaren", "PA", ""),
    ("Stödassistent", "SOC", "5342", "G", "SRA", "O", "M", "stötta personer med funktionsnedsättning på gruppbostad|hjälpa till med aktiviteter och vardagssysslor|arbeta efter individuella planer", "på gruppbostäder och servicebostäder|inom daglig verksamhet", "Boendeassistent", ""),
    ("Diakon", "SOC", "2672", "L", "SAE", "O", "M", "stötta människor i utsatta situationer|besöka äldre och sjuka|ordna samtalsgrupper och verksamhet i församlingen", "i Svenska kyrkan|i andra kristna samfund", "-", ""),
    ("Präst", "SOC KUL", "2671", "L", "SAE", "O", "M", "leda gudstjänster, dop, vigslar och begravningar|ha själavårdande samtal|undervisa konfirmander", "i Svenska kyrkan|i andra trossamfund|på sjukhus och inom kriminalvården", "Kyrkoherde|Pastor", ""),
    ("Frivårdsinspektör", "SOC SAK", "2669", "L", "SIE", "D", "M", "utreda personer inför domstolens beslut|övervaka och stötta personer som dömts till frivård|planera insatser mot återfall i brott", "inom Kriminalvården", "Frivårdshandläggare", ""),
    ("Fältsekreterare", "SOC", "2669", "L", "SEA", "K", "M", "söka upp unga där de befinner sig|förebygga droger och kriminalitet bland unga|samarbeta med skola, polis och föreningar", "i kommunernas socialtjänst", "Fältassistent|Fältarbetare", ""),
    ("Arbetskonsulent", "SOC ADM", "3333", "L", "SEC", "D", "M", "stötta personer på vägen till arbete|matcha deltagare mot arbetsgivare|följa upp praktik och anställningar", "i kommuner|hos privata aktörer", "Jobbcoach|Arbetsmarknadskonsulent", ""),
    ("Aktivitetsledare", "SOC", "9629", "GK", "SAE", "D", "M", "planera och leda aktiviteter för äldre eller personer med funktionsnedsättning|ordna fester, utflykter och träffar|skapa gemenskap och glädje i vardagen", "på äldreboenden|på träffpunkter|inom daglig verksamhet", "Aktivitetssamordnare", ""),
    ("Psykoterapeut", "SOC HSV", "2242", "L", "SIA", "D", "M", "behandla psykisk ohälsa med samtalsterapi|utreda och bedöma patienters behov|handleda annan personal", "inom psykiatrin|i egen mottagning", "-", "Psykoterapeut är ett legitimationsyrke, och legitimationen söks hos Socialstyrelsen."),
    # Säkerhet och bevakning
    ("Polis", "SAK", "3360", "L", "SER", "S", "M", "patrullera och ingripa vid brott och olyckor|utreda brott och hålla förhör|arbeta förebyggande tillsammans med skolor och kommuner", "inom Polismyndigheten", "Polisinspektör|Polisassistent", "Polisutbildningen är en högskoleutbildning på fem terminer, där den sista delen är en betald aspiranttjänstgöring."),
    ("Väktare", "SAK", "5413", "G", "RCS", "S", "M", "bevaka byggnader och områden|gå ronder och kontrollera larm|ta emot besökare och sköta passerkontroll", "på bevakningsföretag|i butiker och köpcentrum", "Säkerhetsvakt|Bevakare", "Väktare behöver en godkänd väktarutbildning och godkännande från länsstyrelsen."),
    ("Ordningsvakt", "SAK", "5413", "G", "SER", "K", "M", "upprätthålla ordningen på krogar och evenemang|förebygga bråk och ingripa vid behov|samarbeta med polisen", "på bevakningsföretag|på krogar och arenor", "-", "Ordningsvakter förordnas av Polismyndigheten efter godkänd utbildning."),
    ("Brandman", "SAK", "5411", "GK", "RSE", "S", "U", "släcka bränder och rädda människor|göra insatser vid trafikolyckor och andra olyckor|öva och underhålla utrustningen", "inom kommunernas räddningstjänst", "Brandkvinna", "Den som vill bli heltidsbrandman går oftast utbildningen Skydd mot olyckor, som MSB ansvarar för."),
    ("Brandman i beredskap", "SAK", "5411", "G", "RSE", "J", "U", "rycka ut vid bränder och olyckor från ett annat ordinarie jobb|ge första hjälpen och rädda människor|öva regelbundet med kollegorna", "inom kommunernas räddningstjänst", "Deltidsbrandman|RIB-brandman", ""),
    ("Brandingenjör", "SAK TEK", "3355", "L", "IRE", "D", "K", "planera brandskydd i byggnader|granska ritningar och bygglov|leda insatser och arbeta förebyggande inom räddningstjänsten", "inom räddningstjänsten|på konsultföretag", "-", ""),
    ("Kriminalvårdare", "SAK SOC", "5412", "GK", "SRE", "S", "M", "ansvara för säkerheten på anstalt eller häkte|motivera klienter till förändring|planera och följa upp klienternas vardag", "på anstalter och häkten inom Kriminalvården", "-", "Kriminalvården utbildar nyanställda i en egen grundutbildning."),
    ("SOS-operatör", "SAK HSV", "5414", "GK", "SCE", "S", "K", "ta emot samtal till 112|bedöma vilken hjälp som behövs|larma ut ambulans, räddningstjänst eller polis", "på SOS Alarms larmcentraler", "Larmoperatör", ""),
    ("Tulltjänsteman", "SAK ADM", "3351", "L", "CES", "S", "M", "kontrollera varor och resenärer vid gränsen|stoppa smuggling av narkotika och vapen|handlägga tullärenden för företag", "inom Tullverket", "Tullinspektör|Tullare", ""),
    ("Kustbevakningstjänsteman", "SAK TRP", "3351", "L", "RES", "S", "U", "övervaka havet och sjötrafiken|göra miljöräddning vid oljeutsläpp|kontrollera fiske och fartyg", "inom Kustbevakningen", "Kustbevakare", ""),
    ("Säkerhetschef", "SAK CHF", "1290", "KL", "ECI", "J", "K", "ansvara för säkerhetsarbetet i en organisation|göra riskanalyser och planer för kriser|leda säkerhetspersonal", "i större företag|på myndigheter|i kommuner", "Säkerhetsansvarig", ""),
    ("Badvakt", "SAK", "5419", "G", "SRC", "K", "M", "övervaka badgäster och ingripa vid olyckor|ge första hjälpen|se till att ordningsreglerna följs", "på badhus|på friluftsbad", "Livräddare|Simhallsvakt", "Badvakter behöver ett godkänt livräddarprov och kunskaper i hjärt- och lungräddning."),
    ("Parkeringsvakt", "SAK TRP", "5419", "EG", "CRS", "K", "U", "övervaka parkering på gator och tomter|utfärda parkeringsanmärkningar|svara på frågor från bilister", "på parkeringsbolag|i kommuner", "Trafikövervakare|P-vakt", ""),
    # Yrken med teknisk inriktning
    ("Maskiningenjör", "TEK IND", "2144", "L", "IRC", "D", "K", "konstruera maskiner och komponenter|göra hållfasthetsberäkningar och simuleringar|följa produkten från idé till tillverkning", "i verkstadsindustrin|på konsultföretag", "Maskinkonstruktör|Mekanikkonstruktör", ""),
    ("Elkraftingenjör", "TEK INS", "2143", "L", "IRC", "D", "K", "planera och konstruera elnät och ställverk|beräkna effekter och skydd|leda projekt inom energiförsörjning", "hos elnätsföretag|på konsultföretag|i industrin", "-", ""),
    ("Elektronikingenjör", "TEK", "2143", "L", "IRC", "D", "K", "konstruera kretskort och elektroniska system|programmera inbyggda system|testa och verifiera prototyper", "i elektronikindustrin|på konsultföretag", "Hårdvaruutvecklare", ""),
    ("Väg- och vatteningenjör", "TEK BYG", "2142", "L", "IRE", "D", "K", "planera och konstruera vägar, broar och tunnlar|beräkna bärförmåga och vattenflöden|leda stora infrastrukturprojekt", "på konsultföretag|på Trafikverket|på byggföretag", "Civilingenjör bygg", ""),
    ("Kemiingenjör", "TEK NV", "2145", "L", "IRC", "D", "L", "utveckla och förbättra kemiska processer|analysera produkter och råvaror|arbeta med säkerhet och miljö i produktionen", "i kemisk industri|i läkemedelsindustrin|på konsultföretag", "Kemitekniker", ""),
    ("Logistiker", "TEK TRP", "2141", "L", "ICE", "D", "K", "planera flöden av varor och material|analysera lager, transporter och kostnader|utveckla smartare logistiklösningar", "i handelsföretag|i industriföretag|på logistikföretag", "Logistikplanerare|Logistikutvecklare", ""),
    ("Miljöingenjör", "TEK NV", "2183", "L", "IRC", "D", "K", "mäta och minska utsläpp|ta fram miljötillstånd och miljörapporter|ge råd om hållbara tekniska lösningar", "i industrin|på konsultföretag|i kommuner", "-", ""),
    ("Arbetsmiljöingenjör", "TEK HSV", "2181", "L", "ISC", "D", "F", "kartlägga risker i arbetsmiljön|mäta buller, luftkvalitet och belastning|ge råd om förbättringar", "inom företagshälsovården|i större företag", "Skyddsingenjör", ""),
    ("Energiingenjör", "TEK INS", "3114", "KL", "IRC", "D", "K", "beräkna och minska energianvändningen i byggnader och industrier|planera installationer för värme och el|följa upp energidata", "på energibolag|på konsultföretag|hos fastighetsägare", "Energikonsult", ""),
    ("Medicinteknisk ingenjör", "TEK HSV", "3211", "KL", "RIS", "D", "L", "installera och underhålla medicinteknisk utrustning|felsöka och reparera apparater i vården|utbilda personal i hur utrustningen används", "på sjukhus|hos medicintekniska företag", "Medicintekniker|MT-ingenjör", ""),
    ("CAD-konstruktör", "TEK", "3114", "K", "IRA", "D", "K", "göra ritningar och 3D-modeller i CAD|ändra och uppdatera konstruktioner|ta fram underlag till tillverkningen", "i industrin|på konsultföretag", "CAD-tekniker|Ritare", ""),
    ("GIS-ingenjör", "TEK IT", "3117", "KL", "IRC", "D", "K", "samla in och bearbeta geografisk information|göra kartor och analyser|sköta GIS-system", "i kommuner|på myndigheter|på konsultföretag", "GIS-analytiker", ""),
    ("Flygledare", "TEK TRP", "3154", "KL", "CIE", "S", "K", "leda flygtrafiken i luften och på marken|ge tillstånd för start och landning|hålla säkra avstånd mellan flygplan", "i flygledartorn|på kontrollcentraler", "Flygtrafikledare", "Flygledare behöver en särskild utbildning och ett medicinskt intyg."),
    ("Kvalitetsingenjör", "TEK IND", "2149", "L", "ICE", "D", "K", "bygga upp och förbättra kvalitetssystem|analysera fel och reklamationer|granska leverantörer", "i tillverkningsindustrin|på konsultföretag", "Kvalitetsansvarig", ""),
    ("Projektingenjör", "TEK BYG", "3112", "KL", "EIR", "D", "K", "leda tekniska projekt från plan till färdig anläggning|göra tidsplaner och kalkyler|samordna leverantörer och entreprenörer", "på byggföretag|i industrin|på konsultföretag", "Projektör", ""),
    ("VVS-ingenjör", "TEK INS BYG", "3114", "KL", "IRC", "D", "K", "projektera system för värme, vatten och ventilation|göra energiberäkningar|samordna med andra konstruktörer", "på konsultföretag|på installationsföretag", "VVS-projektör", ""),
    ("Sjöingenjör", "TEK TRP", "3151", "L", "RIC", "S", "F", "ansvara för maskineriet ombord på fartyg|övervaka och underhålla motorer och system|leda arbetet i maskinrummet", "på rederier|inom offshore", "Maskinbefäl|Fartygsingenjör", "Yrket kräver behörighetsbevis från Transportstyrelsen."),
    # Transport, distribution, lager
    ("Lastbilsförare", "TRP", "8332", "G", "RCE", "S", "V", "köra gods mellan terminaler, lager och kunder|lasta och säkra lasten|kontrollera fordonet och följa reglerna för kör- och vilotid", "på åkerier|hos transportföretag|i egen firma", "Lastbilschaufför|Åkare", "Yrket kräver körkort med C- eller CE-behörighet och yrkeskompetensbevis, YKB."),
    ("Taxiförare", "TRP", "8321", "EG", "RSE", "O", "V", "köra passagerare dit de ska|planera resvägen och använda taxameter och appar|hjälpa resenärer med bagage", "på taxibolag|i egen firma", "Taxichaufför", "Taxiförare behöver en taxiförarlegitimation från Transportstyrelsen."),
    ("Bussförare", "TRP", "8331", "G", "RSC", "S", "V", "köra buss i linjetrafik eller beställningstrafik|hjälpa resenärer med biljetter och information|kontrollera bussen före körning", "på bussbolag|hos turistbussföretag", "Busschaufför|Linjeförare", "Yrket kräver körkort med D-behörighet och yrkeskompetensbevis, YKB."),
    ("Spårvagnsförare", "TRP", "8331", "G", "RSC", "S", "V", "köra spårvagn i stadstrafik|hålla tidtabellen och hjälpa resenärer|kontrollera vagnen inför körning", "hos trafikbolag i större städer", "-", ""),
    ("Lokförare", "TRP", "8311", "K", "RCI", "S", "V", "köra persontåg eller godståg|kontrollera tåget före avgång|följa signaler och säkerhetsregler", "hos tågbolag|hos godstågsoperatörer", "Tågförare", "Lokförare behöver ett förarbevis från Transportstyrelsen."),
    ("Tågvärd", "TRP HRS", "5112", "G", "SEC", "S", "M", "kontrollera biljetter och informera resenärer|hjälpa resenärer som behöver stöd|sköta dörrar och säkerhet ombord", "hos tågbolag", "Konduktör|Ombordansvarig", ""),
    ("Budbilsförare", "TRP", "8329", "EG", "RCS", "O", "V", "hämta och lämna paket och dokument|planera körningen efter uppdragen|kvittera leveranser i en app", "på budföretag|i egen firma", "Budchaufför|Bud", ""),
    ("Distributionsförare", "TRP", "8332", "G", "RCS", "T", "V", "köra ut varor till butiker och företag|lasta och lossa med bakgavellyft|ta emot returer", "på åkerier|hos grossister och livsmedelsföretag", "Utkörare", ""),
    ("Truckförare", "TRP", "8344", "EG", "RCS", "S", "F", "lasta och lossa gods med truck|flytta varor mellan lager och produktion|kontrollera trucken inför varje pass", "på lager och terminaler|i industrin", "Truckist|Truckoperatör", "Arbetsgivare kräver nästan alltid ett truckkort."),
    ("Lagerarbetare", "TRP", "4322", "EG", "RCS", "S", "F", "ta emot och packa upp leveranser|plocka och packa order|inventera och hålla ordning", "på lager och logistikcentraler|i e-handelsföretag", "Lagermedarbetare|Plockare", ""),
    ("Brevbärare", "TRP", "4420", "E", "CRS", "T", "U", "sortera post inför utdelningen|dela ut brev och paket|hantera rekommenderade försändelser", "hos postföretag", "Postutdelare", ""),
    ("Tidningsbud", "TRP", "9621", "E", "RC", "T", "U", "dela ut morgontidningar|planera sin runda|rapportera avvikelser", "hos tidningsdistributörer", "Morgontidningsbud", ""),
    ("Hamnarbetare", "TRP", "9331", "G", "RCS", "S", "U", "lasta och lossa fartyg|köra truck, kran och terminalfordon|surra och säkra last", "i hamnar", "Stuvare|Stuveriarbetare", ""),
    ("Matros", "TRP", "8350", "G", "RCS", "S", "U", "sköta förtöjning och arbete på däck|hålla utkik och styra fartyget|underhålla fartyget med målning och rostknackning", "på rederier|på färjor och arbetsfartyg", "Däcksman|Jungman", "Yrket kräver behörighetsbevis från Transportstyrelsen."),
    ("Styrman", "TRP", "3152", "L", "REC", "S", "V", "navigera fartyget och hålla vakt på bryggan|ansvara för lastning och säkerhet|leda däcksbesättningen", "på rederier|på färjor och tankfartyg", "Sjökapten|Fartygsbefäl", "Yrket kräver sjökaptensexamen och behörighetsbevis från Transportstyrelsen."),
    ("Pilot", "TRP", "3153", "KL", "RIE", "O", "V", "flyga passagerare eller frakt|planera flygningen med väder och bränsle|kontrollera flygplanet före start", "på flygbolag|på fraktflygbolag|inom ambulansflyget", "Trafikpilot|Flygkapten", "Piloter behöver certifikat och medicinskt intyg enligt luftfartsreglerna."),
    ("Flygvärd", "TRP HRS", "5111", "G", "SEC", "O", "M", "ta hand om passagerarnas säkerhet ombord|servera mat och dryck|hjälpa passagerare som behöver stöd", "på flygbolag", "Flygvärdinna|Kabinpersonal", ""),
    ("Speditör", "TRP ADM", "3331", "GK", "CES", "D", "K", "planera transporter åt kunder|boka frakt på bil, båt, tåg eller flyg|ordna tullhandlingar och andra dokument", "på speditionsföretag|på logistikföretag", "Fraktförmedlare|Transportmäklare", ""),
    ("Transportledare", "TRP", "4323", "GK", "CES", "S", "K", "planera körningar och fördela uppdrag till förare|följa fordonen och lösa problem under dagen|hålla kontakt med kunder", "på åkerier|på logistikföretag", "Trafikledare|Transportplanerare", ""),
    ("Logistikchef", "TRP CHF", "1320", "KL", "ECI", "D", "K", "ansvara för lager, transporter och inköp|leda personal och följa upp kostnader|utveckla logistiken i företaget", "i handelsföretag|i industriföretag|på logistikföretag", "-", ""),
    ("Lagerledare", "TRP", "4321", "GK", "ECS", "S", "F", "planera och fördela arbetet på lagret|följa upp leveranser och produktivitet|introducera nya medarbetare", "på lager och logistikcentraler", "Arbetsledare lager", ""),
    ("Cykelbud", "TRP", "8329", "E", "RC", "O", "U", "leverera mat och paket med cykel|ta emot uppdrag i en app|planera den snabbaste vägen", "hos leveransföretag|som egen företagare", "Matbud", ""),
    ("Tågledare", "TRP", "4323", "K", "CIR", "S", "K", "planera och styra tågtrafiken|hantera störningar och förseningar|informera lokförare och trafikbolag", "på Trafikverkets trafikcentraler", "Tågtrafikledare", ""),
    ("Färdtjänstförare", "TRP SOC", "8321", "EG", "SRC", "O", "V", "köra personer med färdtjänst eller sjukresor|hjälpa resenärer i och ur bilen|säkra rullstolar och hjälpmedel", "på taxibolag|hos trafikföretag", "Sjukresechaufför", "Färdtjänstförare behöver taxiförarlegitimation."),
    # Chefer och verksamhetsledare
    ("Verkställande direktör", "CHF", "1120", "L", "EIC", "O", "K", "leda företaget och ansvara för resultatet|ta fram strategier tillsammans med styrelsen|representera företaget utåt", "i företag av alla storlekar", "VD|Företagsledare", ""),
    ("Ekonomichef", "CHF ADM", "1210", "L", "ECI", "D", "K", "ansvara för ekonomi, budget och bokslut|leda ekonomiavdelningen|ge underlag för beslut till ledningen", "i företag|i kommuner och myndigheter", "Finanschef|CFO", ""),
    ("HR-chef", "CHF ADM", "1220", "L", "ESC", "D", "K", "leda HR-arbetet i organisationen|ansvara för rekrytering, lön och arbetsmiljö|stödja chefer i svåra personalfrågor", "i företag|i kommuner och myndigheter", "Personalchef", ""),
    ("IT-chef", "CHF IT", "1310", "L", "EIC", "D", "K", "ansvara för IT-verksamheten och dess budget|leda IT-personal och leverantörer|se till att IT-säkerheten fungerar", "i företag|i kommuner och myndigheter", "CIO", ""),
    ("Marknadschef", "CHF FOR", "1250", "L", "EAS", "D", "K", "leda marknadsföring och försäljning|ta fram strategier och budgetar|följa upp resultat", "i företag|i organisationer", "Försäljningschef", ""),
    ("Kommunikationschef", "CHF KUL", "1240", "L", "EAS", "D", "K", "ansvara för kommunikation och varumärke|leda kommunikatörer|ge råd till ledningen i kommunikationsfrågor", "i företag|på myndigheter|i kommuner och regioner", "Informationschef", ""),
    ("Rektor", "CHF PED", "1410", "L", "ESC", "D", "M", "leda skolans pedagogiska arbete|ansvara för budget, personal och arbetsmiljö|ha kontakt med elever, vårdnadshavare och huvudman", "i grundskolor och gymnasieskolor|inom vuxenutbildningen", "Skolledare", "Rektorer ska gå Skolverkets rektorsprogram."),
    ("Vårdenhetschef", "CHF HSV", "1510", "L", "ESC", "D", "M", "leda en avdelning eller mottagning inom vården|ansvara för bemanning och budget|följa upp patientsäkerhet och kvalitet", "på sjukhus|på vårdcentraler", "Avdelningschef vård", ""),
    ("Enhetschef inom äldreomsorg", "CHF SOC", "1530", "L", "ESC", "D", "M", "leda personalen i hemtjänst eller på äldreboende|ansvara för ekonomi och kvalitet|ha kontakt med äldre och anhöriga", "i kommuner|hos privata omsorgsföretag", "Enhetschef hemtjänst", ""),
    ("Kommundirektör", "CHF ADM", "1112", "L", "ECS", "O", "K", "leda kommunens förvaltning|genomföra politikernas beslut|samordna arbetet mellan kommunens verksamheter", "i kommuner", "Kommunchef|Stadsdirektör", ""),
    ("Forskningschef", "CHF NV", "1330", "L", "EIC", "D", "K", "leda forskning och utveckling|fördela resurser och söka finansiering|samarbeta med universitet och företag", "i industriföretag|på forskningsinstitut", "FoU-chef", ""),
    ("Driftchef", "CHF INS", "1290", "KL", "ERC", "J", "K", "ansvara för drift och underhåll av anläggningar|leda drifttekniker och serviceteam|planera budget och investeringar", "hos energibolag|på fastighetsbolag|i industrin", "Driftansvarig", ""),
    ("Inköpschef", "CHF FOR", "1320", "L", "ECI", "D", "K", "leda inköpsavdelningen|ta fram strategier för inköp|förhandla större avtal", "i handelsföretag|i industriföretag|i kommuner och regioner", "-", ""),
    # Militära yrken
    ("Officer", "MIL", "0110", "L", "ESR", "O", "U", "leda och utbilda soldater och sjömän|planera övningar och insatser|ansvara för personal och materiel", "inom Försvarsmakten", "Yrkesofficer|Löjtnant|Marinofficer", "Officersprogrammet vid Försvarshögskolan tar tre år."),
    ("Specialistofficer", "MIL", "0210", "K", "RES", "O", "U", "leda och utbilda soldater inom sitt specialområde|ansvara för teknik, materiel och utrustning|stödja chefer med fackkunskap i övningar och insatser", "inom Försvarsmakten", "Sergeant|Fanjunkare", "Specialistofficersutbildningen tar ungefär ett och ett halvt år."),
    ("Soldat", "MIL", "0310", "G", "RSE", "O", "U", "öva och utbilda sig för att försvara Sverige|sköta vapen, fordon och utrustning|delta i insatser i Sverige och utomlands", "inom Försvarsmakten", "Yrkessoldat|Gruppbefäl", "Vägen in går via grundutbildning med värnplikt, som prövas av Plikt- och prövningsverket."),
    ("Stridspilot", "MIL TRP", "0110", "L", "RIE", "O", "V", "flyga stridsflygplan i övningar och uppdrag|planera flygningar tillsammans med teamet|hålla hög fysisk och mental beredskap", "inom Flygvapnet", "Jaktpilot", "Stridspiloter utbildas inom Försvarsmakten, och utbildningen leder också till en officersexamen."),
    ("Stridssjukvårdare", "MIL HSV", "0310", "G", "SRE", "O", "U", "ge akut vård till skadade under övning och insats|transportera skadade till vidare vård|utbilda andra soldater i sjukvård", "inom Försvarsmakten", "Sjukvårdssoldat", ""),
    ("Hemvärnssoldat", "MIL SAK", "0310", "EG", "RSC", "O", "U", "bevaka och skydda viktiga platser på hemorten|stötta samhället vid kriser och olyckor|öva på helger och under kortare perioder", "inom Hemvärnet", "Hemvärnsman", ""),
    ("Underrättelseanalytiker", "MIL SAK", "0110", "L", "ICE", "D", "K", "samla in och analysera information om hot|skriva bedömningar och rapporter|informera beslutsfattare", "inom Försvarsmakten|på Försvarets radioanstalt|inom Säkerhetspolisen", "-", ""),
    ("Reservofficer", "MIL", "0110", "K", "ESR", "O", "U", "tjänstgöra som officer under övningar och insatser|leda soldater i förbandet|kombinera militär tjänst med ett civilt arbete", "inom Försvarsmakten", "-", ""),
]

# SSYK 2012 level-4 groups used above (code -> group name), from the public JobTech taxonomy.
SSYK = {
    "0110": "Officerare", "0210": "Specialistofficerare",
    "0310": "Soldater m.fl.", "1112": "General-, landstings- och kommundirektörer m.fl.",
    "1120": "Verkställande direktörer m.fl.", "1210": "Ekonomi- och finanschefer",
    "1220": "Personal- och HR-chefer", "1240": "Informations-, kommunikations- och PR-chefer",
    "1250": "Försäljnings- och marknadschefer", "1290": "Övriga administrations- och servicechefer",
    "1310": "IT-chefer", "1320": "Inköps-, logistik- och transportchefer",
    "1330": "Forsknings- och utvecklingschefer", "1360": "Driftchefer inom bygg, anläggning och gruva",
    "1370": "Produktionschefer inom tillverkning", "1380": "Förvaltare inom skogsbruk och lantbruk m.fl.",
    "1410": "Chefer inom grund- och gymnasieskola samt vuxenutbildning", "1510": "Chefer inom hälso- och sjukvård",
    "1530": "Chefer inom äldreomsorg", "1710": "Hotell- och konferenschefer",
    "1720": "Restaurang- och kökschefer", "2111": "Fysiker och astronomer",
    "2112": "Meteorologer", "2113": "Kemister",
    "2114": "Geologer och geofysiker m.fl.", "2121": "Matematiker och aktuarier",
    "2122": "Statistiker", "2132": "Växt- och djurbiologer",
    "2134": "Specialister och rådgivare inom lantbruk m.m.", "2135": "Specialister och rådgivare inom skogsbruk",
    "2141": "Civilingenjörsyrken inom logistik och produktionsplanering", "2142": "Civilingenjörsyrken inom bygg och anläggning",
    "2143": "Civilingenjörsyrken inom elektroteknik", "2144": "Civilingenjörsyrken inom maskinteknik",
    "2145": "Civilingenjörsyrken inom kemi och kemiteknik", "2149": "Övriga civilingenjörsyrken",
    "2161": "Arkitekter m.fl.", "2164": "Lantmätare",
    "2171": "Industridesigner", "2172": "Grafiska formgivare m.fl.",
    "2179": "Övriga designer och formgivare", "2181": "Arbetsmiljöingenjörer, yrkes- och miljöhygieniker",
    "2182": "Miljö- och hälsoskyddsinspektörer", "2183": "Specialister inom miljöskydd och miljöteknik",
    "2211": "Specialistläkare", "2219": "Övriga läkare",
    "2221": "Grundutbildade sjuksköterskor", "2222": "Barnmorskor",
    "2223": "Anestesisjuksköterskor", "2224": "Distriktssköterskor",
    "2225": "Psykiatrisjuksköterskor", "2226": "Ambulanssjuksköterskor m.fl.",
    "2231": "Operationssjuksköterskor", "2233": "Skolsköterskor",
    "2235": "Röntgensjuksköterskor", "2241": "Psykologer",
    "2242": "Psykoterapeuter", "2250": "Veterinärer",
    "2260": "Tandläkare", "2271": "Kiropraktorer och naprapater m.fl.",
    "2272": "Fysioterapeuter och sjukgymnaster", "2273": "Arbetsterapeuter",
    "2281": "Apotekare", "2282": "Dietister",
    "2284": "Optiker", "2312": "Universitets- och högskolelektorer",
    "2320": "Lärare i yrkesämnen", "2330": "Gymnasielärare",
    "2341": "Grundskollärare", "2342": "Fritidspedagoger",
    "2343": "Förskollärare", "2351": "Speciallärare och specialpedagoger m.fl.",
    "2352": "Studie- och yrkesvägledare", "2359": "Övriga pedagoger med teoretisk specialistkompetens",
    "2411": "Revisorer m.fl.", "2412": "Controller",
    "2419": "Övriga ekonomer", "2422": "Planerare och utredare m.fl.",
    "2423": "Personal- och HR-specialister", "2431": "Marknadsanalytiker och marknadsförare m.fl.",
    "2432": "Informatörer, kommunikatörer och PR-specialister", "2511": "Systemanalytiker och IT-arkitekter m.fl.",
    "2512": "Mjukvaru- och systemutvecklare m.fl.", "2513": "Utvecklare inom spel och digitala media",
    "2514": "Systemtestare och testledare", "2515": "Systemförvaltare m.fl.",
    "2516": "IT-säkerhetsspecialister", "2519": "Övriga IT-specialister",
    "2611": "Advokater", "2612": "Domare",
    "2613": "Åklagare", "2615": "Förvaltnings- och organisationsjurister",
    "2622": "Bibliotekarier och arkivarier", "2623": "Arkeologer och specialister inom humaniora m.m.",
    "2641": "Författare m.fl.", "2642": "Journalister m.fl.",
    "2643": "Översättare, tolkar och lingvister m.fl.", "2651": "Bildkonstnärer m.fl.",
    "2652": "Musiker, sångare och kompositörer", "2653": "Koreografer och dansare",
    "2654": "Regissörer och producenter av film, teater m.m.", "2655": "Skådespelare",
    "2661": "Socialsekreterare", "2662": "Kuratorer",
    "2663": "Biståndsbedömare m.fl.", "2669": "Övriga yrken inom socialt arbete",
    "2671": "Präster", "2672": "Diakoner",
    "3111": "Ingenjörer och tekniker inom industri, logistik och produktionsplanering", "3112": "Ingenjörer och tekniker inom bygg och anläggning",
    "3113": "Ingenjörer och tekniker inom elektroteknik", "3114": "Ingenjörer och tekniker inom maskinteknik",
    "3117": "GIS- och kartingenjörer", "3121": "Arbetsledare inom bygg, anläggning och gruva",
    "3122": "Arbetsledare inom tillverkning", "3151": "Maskinbefäl",
    "3152": "Fartygsbefäl m.fl.", "3153": "Piloter m.fl.",
    "3154": "Flygledare", "3155": "Flygtekniker",
    "3211": "Tekniker, bilddiagnostik och medicinteknisk utrustning", "3212": "Biomedicinska analytiker m.fl.",
    "3214": "Tandtekniker och ortopedingenjörer m.fl.", "3215": "Laboratorieingenjörer",
    "3240": "Djursjukskötare m.fl.", "3250": "Tandhygienister",
    "3312": "Banktjänstemän", "3313": "Redovisningsekonomer",
    "3314": "Skadereglerare och värderare", "3321": "Försäkringssäljare och försäkringsrådgivare",
    "3322": "Företagssäljare", "3323": "Inköpare och upphandlare",
    "3324": "Ordersamordnare m.fl.", "3331": "Speditörer och transportmäklare",
    "3333": "Arbetsförmedlare", "3334": "Fastighetsmäklare",
    "3351": "Tull- och kustbevakningstjänstemän", "3352": "Skattehandläggare",
    "3353": "Socialförsäkringshandläggare", "3355": "Brandingenjörer och byggnadsinspektörer m.fl.",
    "3360": "Poliser", "3411": "Behandlingsassistenter och socialpedagoger m.fl.",
    "3422": "Idrottstränare och instruktörer m.fl.", "3423": "Fritidsledare m.fl.",
    "3424": "Friskvårdskonsulenter och hälsopedagoger m.fl.", "3431": "Fotografer",
    "3432": "Inredare, dekoratörer och scenografer m.fl.", "3441": "Trafiklärare",
    "3451": "Köksmästare och souschefer", "3452": "Storhushållsföreståndare",
    "3511": "Drifttekniker, IT", "3512": "Supporttekniker, IT",
    "3513": "Systemadministratörer", "3514": "Nätverks- och systemtekniker m.fl.",
    "3522": "Ljus-, ljud- och scentekniker", "4111": "Ekonomiassistenter m.fl.",
    "4112": "Löne- och personaladministratörer", "4117": "Medicinska sekreterare, vårdadministratörer m.fl.",
    "4119": "Övriga kontorsassistenter och sekreterare", "4221": "Resesäljare och trafikassistenter m.fl.",
    "4222": "Kundtjänstpersonal", "4224": "Hotellreceptionister m.fl.",
    "4321": "Arbetsledare inom lager och terminal", "4322": "Lager- och terminalpersonal",
    "4323": "Transportledare och transportsamordnare", "4420": "Brevbärare och postterminalarbetare",
    "5111": "Kabinpersonal m.fl.", "5112": "Tågvärdar och ombordansvariga m.fl.",
    "5113": "Guider och reseledare", "5120": "Kockar och kallskänkor",
    "5131": "Hovmästare och servitörer", "5132": "Bartendrar",
    "5141": "Frisörer", "5142": "Hudterapeuter",
    "5143": "Massörer och massageterapeuter", "5144": "Fotterapeuter",
    "5149": "Övriga skönhets- och kroppsterapeuter", "5151": "Städledare och husfruar",
    "5152": "Fastighetsskötare", "5221": "Säljande butikschefer och avdelningschefer i butik",
    "5223": "Butikssäljare, fackhandel", "5230": "Kassapersonal m.fl.",
    "5242": "Telefonförsäljare m.fl.", "5311": "Barnskötare",
    "5312": "Elevassistenter m.fl.", "5321": "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering",
    "5323": "Undersköterskor, vård- och specialavdelning och mottagning", "5325": "Barnsköterskor",
    "5326": "Ambulanssjukvårdare", "5330": "Vårdbiträden",
    "5341": "Skötare", "5342": "Vårdare, boendestödjare",
    "5343": "Personliga assistenter", "5350": "Tandsköterskor",
    "5411": "Brandmän", "5412": "Kriminalvårdare",
    "5413": "Väktare och ordningsvakter", "5414": "SOS-operatörer m.fl.",
    "5419": "Övrig bevaknings- och säkerhetspersonal", "6112": "Trädgårdsodlare",
    "6113": "Trädgårdsanläggare m.fl.", "6121": "Uppfödare och skötare av lantbrukets husdjur",
    "6122": "Uppfödare och skötare av sällskapsdjur", "6129": "Övriga djuruppfödare och djurskötare",
    "6130": "Växtodlare och djuruppfödare, blandad drift", "6210": "Skogsarbetare",
    "6222": "Fiskare", "7111": "Träarbetare, snickare m.fl.",
    "7112": "Murare m.fl.", "7113": "Betongarbetare",
    "7114": "Anläggningsarbetare", "7116": "Ställningsbyggare",
    "7121": "Takmontörer", "7122": "Golvläggare",
    "7125": "VVS-montörer m.fl.", "7126": "Kyl- och värmepumpstekniker m.fl.",
    "7131": "Målare", "7132": "Lackerare och industrimålare",
    "7133": "Skorstensfejare", "7134": "Saneringsarbetare m.fl.",
    "7212": "Svetsare och gasskärare", "7213": "Byggnads- och ventilationsplåtslagare",
    "7214": "Tunnplåtslagare", "7221": "Smeder",
    "7222": "Verktygsmakare", "7223": "Maskinställare och maskinoperatörer, metallarbete",
    "7231": "Motorfordonsmekaniker och fordonsreparatörer", "7233": "Underhållsmekaniker och maskinreparatörer",
    "7311": "Finmekaniker", "7312": "Guld- och silversmeder",
    "7319": "Musikinstrumentmakare och övriga konsthantverkare", "7322": "Tryckare",
    "7411": "Installations- och serviceelektriker", "7412": "Industrielektriker",
    "7413": "Distributionselektriker", "7420": "Elektronikreparatörer och kommunikationselektriker m.fl.",
    "7522": "Fin-, inrednings- och möbelsnickare", "7531": "Skräddare och ateljésömmerskor m.fl.",
    "7532": "Sömmare", "7533": "Tapetserare",
    "7534": "Läderhantverkare och skomakare", "7611": "Slaktare och styckare m.fl.",
    "7612": "Bagare och konditorer", "8111": "Gruv- och stenbrottsarbetare",
    "8115": "Bergsprängare", "8116": "Stenhuggare m.fl.",
    "8142": "Maskinoperatörer, plastindustri", "8162": "Maskinoperatörer, mejeri",
    "8173": "Operatörer inom sågverk, hyvleri och plywood m.m.", "8189": "Övriga process- och maskinoperatörer",
    "8191": "Drifttekniker vid värme- och vattenverk", "8211": "Fordonsmontörer",
    "8212": "Montörer, elektrisk och elektronisk utrustning", "8219": "Övriga montörer",
    "8311": "Lokförare", "8321": "Taxiförare m.fl.",
    "8329": "Övriga bil-, motorcykel- och cykelförare", "8331": "Buss- och spårvagnsförare",
    "8332": "Lastbilsförare m.fl.", "8341": "Förare av jordbruks- och skogsmaskiner",
    "8342": "Anläggningsmaskinförare m.fl.", "8343": "Kranförare m.fl.",
    "8344": "Truckförare", "8350": "Matroser och jungmän m.fl.",
    "9111": "Städare", "9120": "Bilrekonditionerare, fönsterputsare m.fl.",
    "9210": "Bärplockare och plantörer m.fl.", "9310": "Grovarbetare inom bygg och anläggning",
    "9320": "Handpaketerare och andra fabriksarbetare", "9331": "Hamnarbetare",
    "9411": "Pizzabagare m.fl.", "9412": "Restaurang- och köksbiträden m.fl.",
    "9520": "Torg- och marknadsförsäljare m.fl.", "9610": "Renhållnings- och återvinningsarbetare",
    "9621": "Reklamutdelare och tidningsdistributörer", "9622": "Vaktmästare m.fl.",
    "9629": "Övriga servicearbetare",
}

# Odd but valid records, as in the real API. name -> list of quirks:
#   drop:<key>      the key is missing from the detail
#   null:<key>      the detail value is null
#   empty:<key>     the detail value is "" (or [] for lists)
#   list-null:<key> / list-empty:<key>   the same, in the list item
#   space:bild      bildlank and bilder[0].lank end with a space
#   space:url       the first link's url ends with a space
#   empty:linkname  the first link's name is ""
#   flags:none      all four education flags false
#   space:paras     paragraphs end with a space before the blank line
QUIRKS = {
    "Tidningsbud": ["drop:arbetstid", "space:bild"],
    "Cykelbud": ["empty:arbetsplats", "empty:lankar"],
    "Bärplockare": ["drop:bilder", "empty:internationellaMojligheter"],
    "Torghandlare": ["empty:internationellaMojligheter", "space:bild", "list-empty:yrkessynonymer"],
    "Diakon": ["null:arbetsmiljo", "space:url"],
    "Urmakare": ["drop:utbildningsvag"],
    "Aktivitetsledare": ["flags:none"],
    "Hovslagare": ["null:amsOccupationId", "empty:bilder"],
    "Fönsterputsare": ["null:arbetstid", "empty:linkname"],
    "Dagbarnvårdare": ["drop:internationellaMojligheter", "list-null:bildlank"],
    "Lokförare": ["space:bild"],
    "Kock": ["space:bild", "space:url"],
    "Spårvagnsförare": ["empty:arbetstid", "null:arbetsplats"],
    "Reseledare": ["null:kortSammanfattning"],
    "Keramiker": ["empty:formagor"],
    "Barista": ["empty:bildsammanfattning"],
    "Skadesanerare": ["empty:yrkesgrupperOchBenamningar", "drop:metadata"],
    "Stenhuggare": ["space:paras"],
}

# --------------------------------------------------------------------------
# Text templates
# --------------------------------------------------------------------------

TRAIT_SHORT = {
    "R": "gillar att arbeta praktiskt",
    "I": "tycker om att lösa problem",
    "A": "vill arbeta kreativt",
    "S": "vill arbeta med människor",
    "E": "vill leda och påverka",
    "C": "gillar ordning och struktur",
}

TRAIT_LONG = {
    "R": ["Yrket passar den som tycker om att arbeta praktiskt och se resultatet av sitt arbete.",
          "Den som gillar att använda händerna, verktyg och maskiner trivs ofta i yrket."],
    "I": ["Yrket passar den som är nyfiken och tycker om att analysera och lösa problem.",
          "Den som gillar att undersöka och förstå hur saker fungerar trivs ofta i yrket."],
    "A": ["Yrket passar den som vill arbeta kreativt och uttrycka sig med idéer, form eller språk.",
          "Den som har fantasi och gillar att skapa något nytt trivs ofta i yrket."],
    "S": ["Yrket passar den som tycker om att möta, hjälpa och stötta andra människor.",
          "Den som är lyhörd och gillar att arbeta med människor trivs ofta i yrket."],
    "E": ["Yrket passar den som vill ta initiativ, leda och påverka.",
          "Den som gillar att driva frågor, fatta beslut och övertyga andra trivs ofta i yrket."],
    "C": ["Yrket passar den som är noggrann och tycker om ordning och tydliga rutiner.",
          "Den som gillar struktur och att saker blir rätt trivs ofta i yrket."],
}

TRAIT_LINE = {
    "R": "Mycket av arbetet görs med händerna, och resultatet syns direkt.",
    "I": "Det gäller att vara nyfiken och vilja förstå hur saker hänger ihop.",
    "A": "Det finns ofta utrymme att sätta sin egen prägel på arbetet.",
    "S": "Mötet med människor är en stor del av vardagen.",
    "E": "Man har ofta stort eget ansvar och får driva frågor framåt.",
    "C": "Ordning, rutiner och noggrannhet är viktigt för att arbetet ska bli rätt.",
}

ONELINER = [
    "Arbetar med att {t0}, men också med att {t1}.",
    "Ett yrke för dig som vill {t0}.",
    "Som {n} är uppgiften att {t0}, ofta {p0}.",
    "Yrket, som passar dig som {trait}, handlar om att {t0}.",
]

KORT = [
    "{En} arbetar med att {t0}.",
    "Yrket går ut på att {t0}.",
    "Jobbet som {n} handlar om att {t0}.",
]

SUMMARY_FIRST = [
    "{En} arbetar med att {t0}.",
    "Som {n} är huvuduppgiften att {t0}.",
    "Arbetet som {n} handlar främst om att {t0}.",
]
SUMMARY_SECOND = ["Det ingår också att {t1}.", "Till jobbet hör också att {t1}.", "Dessutom ska man {t1}."]

TASKS_FIRST = [
    "Som {n} arbetar man med att {t0}. Till vardagen hör också att {t1}.",
    "{En} har flera olika uppgifter. Den viktigaste är att {t0}, men man ska också {t1}.",
    "Arbetet går till stor del ut på att {t0}. Dessutom ingår det att {t1}.",
    "I arbetet som {n} ingår att {t0}. En annan viktig uppgift är att {t1}.",
]
TASKS_SECOND = [
    "Ofta ingår det också att {t2}. Hur dagen ser ut beror på arbetsplatsen och på vilka uppdrag som finns just då.",
    "En annan del av jobbet är att {t2}. Uppgifterna kan skifta från dag till dag.",
    "Det kan också ingå att {t2}. På en mindre arbetsplats tar man ofta hand om fler delar av arbetet själv.",
]
TASKS_PLACES = "Arbetet ser lite olika ut beroende på om man arbetar {p0} eller {p1}. {line}"

AREA_PARAGRAPH = {
    "ADM": ["Mycket av arbetet sker i digitala system, och det är viktigt att följa lagar, regler och interna rutiner. Man har ofta kontakt med kollegor, kunder eller allmänheten via mejl, telefon och möten.",
            "Arbetet kräver att man håller ordning på siffror, dokument och tidsgränser. Ofta samarbetar man med andra avdelningar och lämnar underlag som andra bygger sina beslut på."],
    "BYG": ["Arbetet sker i lag tillsammans med andra yrkesgrupper på bygget. Man följer ritningar och tidsplaner och ansvarar för att arbetet blir säkert och fackmässigt utfört.",
            "Varje bygge är olika, och man flyttar till en ny arbetsplats när ett projekt är klart. Hjälm, skyddsskor och annan skyddsutrustning används varje dag."],
    "IT": ["Tekniken förändras snabbt, så det är en del av jobbet att hela tiden lära sig nya verktyg och metoder. Man arbetar ofta i team och i projekt med korta avstämningar.",
           "Ofta arbetar man nära beställare och användare för att förstå vad de behöver. Dokumentation och samarbete är lika viktigt som själva tekniken."],
    "KRO": ["Kunden står i centrum. Man lyssnar på önskemål, ger råd och ser till att kunden känner sig väl omhändertagen. Hygien och rätt hantering av produkter och redskap är viktigt.",
            "Många kunder kommer tillbaka, och det är vanligt att bygga upp en egen kundkrets. Utöver behandlingarna ingår ofta att boka tider, sälja produkter och hålla lokalen ren och inbjudande."],
    "FOR": ["Kontakten med kunder är central, och det gäller att förstå vad kunden behöver. Man arbetar ofta mot mål för försäljning eller service.",
            "Arbetet innebär att hålla sig uppdaterad om produkter, priser och konkurrenter. Digitala system används för att registrera order, följa upp kunder och se hur försäljningen går."],
    "HAN": ["Hantverket kräver både precision och tålamod. Man arbetar ofta med traditionella tekniker, men också med moderna maskiner och material.",
            "Ofta tar man emot beställningar direkt från kunder. Då ingår det att ge råd, räkna på pris och komma överens om hur resultatet ska bli."],
    "HRS": ["Gästerna ska trivas och få det de har beställt i tid. Arbetet sker i team, och det är viktigt att alla hjälps åt när det är mycket att göra.",
            "God service och ett trevligt bemötande är viktigt, och man samarbetar hela tiden med kollegor i andra delar av verksamheten. Regler för hygien och säkerhet gäller överallt."],
    "HSV": ["Patientsäkerheten går alltid först. Man dokumenterar det man gör i journalen och har tystnadsplikt.",
            "Arbetet sker i team med andra yrkesgrupper inom vården. Man behöver kunna fatta snabba beslut och samtidigt bemöta patienter och anhöriga lugnt och respektfullt."],
    "IND": ["Produktionen följer planer och kvalitetskrav, och man kontrollerar ofta sitt eget arbete med mätverktyg eller i datorsystem. Maskinerna blir alltmer automatiserade, vilket ställer krav på teknisk förståelse.",
            "Man arbetar ofta i ett lag där alla ansvarar för en del av produktionen. Förbättringsarbete är vanligt, och idéer från dem som arbetar i produktionen tas ofta till vara."],
    "INS": ["Felsökning är en viktig del av arbetet, och man använder både mätinstrument och digitala verktyg. Man följer regler och föreskrifter för att undvika olyckor.",
            "Man arbetar ofta ute hos kunder eller på olika platser i en anläggning. Då gäller det att kunna planera sin dag, förklara vad man har gjort och dokumentera arbetet ordentligt."],
    "KUL": ["Arbetet sker ofta i projekt, med tidsgränser att hålla och flera personer inblandade. Idéer ska bli till något färdigt som andra kan ta del av.",
            "Det är vanligt att arbeta med flera uppdrag samtidigt. Att bygga ett nätverk och visa upp det man har gjort är viktigt för att få nya uppdrag."],
    "SAN": ["Arbetet följer tydliga rutiner, och man använder maskiner, kemikalier och skyddsutrustning på rätt sätt. Att sortera och hantera material rätt är viktigt för miljön.",
            "Man gör ett arbete som märks tydligt när det inte blir gjort. Ofta arbetar man självständigt, men i samarbete med arbetsledare och kollegor."],
    "NAT": ["Arbetet följer naturens växlingar, och vädret påverkar vad som kan göras. Maskiner och digital teknik används allt mer, men mycket är fortfarande praktiskt arbete.",
            "Omsorg om djur, växter och miljö är en stor del av arbetet. Man behöver känna till regler för djurskydd, miljö och säkerhet."],
    "NV": ["Arbetet bygger på vetenskapliga metoder, och resultaten måste gå att lita på. Man läser forskning, samlar in data och redovisar det man kommit fram till i rapporter.",
           "Ofta arbetar man i projekt tillsammans med andra specialister. Att kunna förklara resultat för personer utan samma kunskaper är en viktig del av jobbet."],
    "PED": ["Arbetet utgår från styrdokument och mål för verksamheten. Man planerar, genomför och följer upp, och samarbetar med kollegor och ofta med vårdnadshavare.",
            "Varje barn, elev eller deltagare är unik, och undervisningen behöver anpassas efter gruppen. Att skapa trygghet och en god stämning är en viktig del av arbetet."],
    "SOC": ["Samarbete med andra yrkesgrupper och myndigheter är vanligt, och man har tystnadsplikt om det man får veta. Det man gör dokumenteras enligt de regler som gäller.",
            "Utgångspunkten är den enskildes behov och rättigheter. Man bygger förtroende genom att lyssna, vara tydlig och respektera människors integritet."],
    "SAK": ["Säkerhetsarbete handlar både om att förebygga och om att ingripa när något händer. Man följer tydliga regler och rapporterar det man har gjort.",
            "Situationerna kan förändras snabbt, och det gäller att kunna bedöma risker och handla lugnt. Man samarbetar ofta med andra yrkesgrupper och myndigheter."],
    "TEK": ["Arbetet sker ofta i projekt, från idé och beräkningar till färdig lösning. Datorstödda verktyg för konstruktion, simulering och analys används dagligen.",
            "Man samarbetar med kollegor, kunder och leverantörer och behöver kunna förklara tekniska lösningar på ett begripligt sätt. Kostnader, säkerhet och miljö är viktiga att ta hänsyn till."],
    "TRP": ["Säkerheten kommer alltid först, och det finns många regler att följa. Digitala system används för att planera, följa och rapportera arbetet.",
            "Tider ska hållas, och gods eller resenärer ska komma fram i gott skick. Samarbetet med kollegor, trafikledning och kunder är viktigt för att allt ska fungera."],
    "CHF": ["Som chef ansvarar man för ekonomi, personal och resultat. En stor del av tiden går till möten, planering och samtal med medarbetare.",
            "Chefen ska se till att verksamheten når sina mål och att medarbetarna har en bra arbetsmiljö. Det innebär att fatta beslut, prioritera och ibland hantera konflikter."],
    "MIL": ["Arbetet bygger på utbildning och övning, och man behöver kunna utföra sin uppgift även under svåra förhållanden. Kamratskap och förtroende inom gruppen är viktigt.",
            "Försvarsmakten finns för att försvara Sverige och bidra till fred och säkerhet. Övningar sker både i Sverige och tillsammans med andra länder."],
}

# Replaces AREA_PARAGRAPH for an (area, environment) pair where the general text would not fit.
AREA_ENV_PARAGRAPH = {
    ("BYG", "K"): ["Arbetet sker ofta i projekt med många inblandade: beställare, konsulter, entreprenörer och myndigheter. Ritningar, beräkningar och beslut ska hålla i många år, så man följer regler och standarder noga.",
                   "Mycket av arbetet görs vid datorn med ritningar, beräkningar och underlag, men man besöker också byggarbetsplatser. Att kunna förklara tekniska frågor för beställare och allmänhet är en viktig del av jobbet."],
    ("PED", "K"): ["Undervisning och forskning hänger ihop. Man planerar kurser, examinerar studenter och följer utvecklingen inom sitt ämne."],
    ("IND", "K"): ["Man arbetar nära produktionen och följer upp mål för säkerhet, kvalitet och leveranser. Besluten påverkar många medarbetare, så det är viktigt att kommunicera tydligt."],
    ("TRP", "K"): ["Mycket av arbetet sker vid datorn och i telefon. Man planerar, följer upp att allt går enligt plan och löser problem som uppstår på vägen.",
                   "Det gäller att ha överblick och kunna prioritera snabbt när något inte går som planerat. Samarbetet med förare, kunder och andra aktörer är viktigt för att allt ska fungera."],
    ("HSV", "L"): ["Arbetet har stor betydelse för patienternas vård, även om man inte alltid möter dem själv. Noggrannhet och spårbarhet är viktigt, och allt ska dokumenteras."],
    ("NAT", "K"): ["Mycket av arbetet sker vid datorn och i möten, men också ute på gårdar och i fält. Man behöver känna till regler för miljö, djurskydd och livsmedel och kunna förklara dem för andra."],
}

HOURS = {
    "D": ["Arbetet sker oftast på dagtid, måndag till fredag.",
          "De flesta arbetar dagtid på vardagar."],
    "S": ["Verksamheten pågår ofta dygnet runt. Därför är det vanligt att arbeta skift, med pass på dagar, kvällar, nätter och helger.",
          "Många arbetar enligt ett schema som växlar mellan dagar, kvällar och helger. På vissa arbetsplatser förekommer även nattarbete."],
    "K": ["Arbetstiderna följer när kunderna eller gästerna är på plats. Det innebär ofta arbete på kvällar och helger.",
          "Schemat läggs efter verksamhetens öppettider, och arbete på kvällar och helger är vanligt."],
    "O": ["Arbetstiderna kan vara oregelbundna. Ibland blir dagarna långa, och arbete på kvällar och helger förekommer.",
          "Arbetstiden styrs ofta av uppdragen. Det kan betyda tidiga morgnar, sena kvällar eller resor."],
    "V": ["Arbetstiden varierar. Den som är anställd har ofta ordinarie arbetstid, medan den som arbetar på uppdrag lägger upp tiden själv.",
          "Hur arbetstiden ser ut beror på projekt och uppdrag. Perioder med mycket arbete kan följas av lugnare perioder."],
    "A": ["Arbetet följer årstiderna. Under vår, sommar och höst är det ofta mycket att göra och dagarna kan bli långa, medan vintern kan vara lugnare.",
          "Mängden arbete skiftar med säsongen. Många har långa dagar under högsäsong, och en del arbetar bara under delar av året."],
    "J": ["Arbetet sker mest på dagtid på vardagar. Ofta ingår jour eller beredskap, vilket betyder att man kan bli kallad till arbetet på kvällar, nätter eller helger.",
          "Den vanliga arbetstiden är dagtid, men många har beredskap med jämna mellanrum. Då måste man kunna rycka ut med kort varsel."],
    "T": ["Arbetsdagen börjar ofta mycket tidigt på morgonen, innan de flesta andra har vaknat. I gengäld slutar man ofta tidigt på eftermiddagen.",
          "Många börjar arbeta tidigt, ibland redan vid tre- eller fyratiden på morgonen. Helgarbete förekommer också."],
}
HOURS_EXTRA = {
    "D": "Ibland behövs övertid när ett arbete måste bli klart i tid.",
    "S": "Schemat läggs ofta flera veckor i förväg.",
    "K": "Deltid är vanligt, särskilt för den som är ny i yrket.",
    "O": "Den som är egen företagare bestämmer mer själv över sin tid.",
    "V": "Under perioder med mycket arbete kan veckorna bli långa.",
    "A": "En del arbetar bara under säsongen och har ett annat arbete resten av året.",
    "J": "Jouren ersätts med extra lön eller ledig tid.",
    "T": "Helger och helgdagar kan ingå i schemat.",
}

ENVIRONMENT = {
    "U": ["Mycket av arbetet sker utomhus, i alla sorters väder. Det kan vara fysiskt ansträngande, och rätt kläder och skyddsutrustning är viktigt.",
          "Arbetet sker ofta ute och kräver att man är i god form. Tunga lyft och obekväma arbetsställningar kan förekomma, men hjälpmedel och bra rutiner minskar belastningen."],
    "F": ["Arbetsmiljön kan vara bullrig, och ibland förekommer damm, värme eller starka lukter. Därför används skyddsutrustning som hörselskydd, skyddsglasögon och skyddsskor.",
          "Arbetet är ofta fysiskt, och man står eller rör sig mycket. Det är viktigt att följa säkerhetsrutinerna och använda rätt verktyg och lyfthjälpmedel."],
    "K": ["Arbetet sker till stor del inomhus vid en dator. Det är viktigt med en bra arbetsställning och med pauser från skärmen.",
          "Man arbetar mest inomhus, ofta på ett kontor. Perioder med många tidsgränser kan vara stressiga."],
    "M": ["Man möter många människor i arbetet. Det är ofta givande, men det kan också vara krävande att möta personer som är oroliga, arga eller ledsna.",
          "Kontakten med människor står i centrum. Arbetet kan vara både fysiskt och psykiskt krävande, och det är viktigt att ha stöd av kollegor."],
    "V": ["En stor del av arbetsdagen tillbringas på förarplatsen. Man sitter mycket och behöver vara uppmärksam hela tiden, och ofta arbetar man ensam.",
          "Arbetet kräver koncentration i all slags trafik och väder. Det är viktigt att ta de pauser som behövs och att följa reglerna för arbets- och vilotid."],
    "L": ["Arbetet sker ofta i laboratorium eller i en ren och kontrollerad miljö. Man följer noga regler för säkerhet och hygien, och ibland hanterar man kemikalier eller smittsamma prover.",
          "Mycket av arbetet görs i laboratorium, vid instrument och datorer. Det ställer krav på noggrannhet och på att följa säkerhetsrutinerna."],
}
# area -> (environment codes it applies to, extra paragraph)
AREA_ENVIRONMENT = {
    "HSV": ("MVL", "Hygienrutinerna är viktiga för att inte sprida smitta. Ibland möter man människor i kris, och då är stödet från kollegorna viktigt."),
    "SAK": ("MUKV", "Ibland uppstår hotfulla eller farliga situationer. Då är utbildning, tydliga rutiner och samarbete med kollegor ett viktigt skydd."),
    "SAN": ("UFMV", "Skyddskläder, handskar och ibland andningsskydd hör till vardagen."),
    "HRS": ("MF", "Tempot kan vara högt, särskilt vid lunch och på helger."),
    "MIL": ("UV", "Övningar i fält kan pågå i flera dagar och i alla väder."),
    "PED": ("M", "Ljudnivån kan vara hög i grupper med många barn eller elever."),
    "IT": ("K", "Det går ofta att arbeta på distans en del av tiden."),
    "BYG": ("UF", "Branschen arbetar aktivt med säkerhet, och det finns tydliga regler för arbete på höjd och med maskiner."),
    "IND": ("F", "Många arbetsplatser arbetar aktivt med att minska buller och tunga lyft."),
    "TRP": ("V", "Arbetet kan vara ensamt, men man har ofta kontakt med kollegor och arbetsledning via telefon eller radio."),
    "NAT": ("UVF", "Arbetet kan vara tungt under intensiva perioder, som vid skörd eller avverkning."),
    "KRO": ("M", "Man står mycket och gör samma rörelser många gånger, så en bra arbetsställning och pauser är viktigt."),
    "SOC": ("M", "Arbetet kan vara känslomässigt krävande, och handledning är vanligt på många arbetsplatser."),
}

WORKPLACE_EXTRA = {
    "own": "Det är ganska vanligt att driva eget företag, ensam eller tillsammans med andra.",
    "freelance": "Många arbetar som frilansare och har flera uppdragsgivare samtidigt.",
    "public": "Många arbetsgivare finns inom den offentliga sektorn, men det finns också privata alternativ.",
    "country": "Det finns jobb i hela landet, både i storstäder och på mindre orter.",
    "default": "Jobben finns över hela landet, men flest finns i och runt de större städerna.",
}
WORKPLACE_KIND = {"TRP": "country", "SAN": "country"}  # otherwise "default"; "own", "freelance", "public" by rule

INTERNATIONAL = {
    "licence": "Den som har en svensk legitimation kan ofta få den godkänd i andra länder inom EU och EES. Det finns också möjlighet att arbeta utomlands för hjälporganisationer.",
    "TRP": "Transportbranschen är internationell, och många regler är gemensamma inom EU. Det gör det möjligt att arbeta i andra länder, eller att resa över gränserna i jobbet.",
    "MIL": "Försvarsmakten deltar i internationella insatser och övningar tillsammans med andra länder. Som anställd kan man söka tjänstgöring utomlands.",
    "tech": "Många arbetsgivare inom området är verksamma i flera länder, och engelska är ofta arbetsspråk. Det gör det lättare att arbeta utomlands eller i internationella projekt.",
    "HRS": "Yrket finns över hela världen, och erfarenhet från andra länder är ofta meriterande. Hotell, restauranger och kryssningsfartyg anställer gärna personal med olika bakgrund.",
    "default": "Det finns möjligheter att arbeta utomlands, men krav på utbildning och behörighet skiljer sig mellan länder. Ta reda på vad som gäller i det land du är intresserad av.",
}

ABILITIES = {
    "R": [("Praktisk förmåga", "Att gärna arbeta med händerna och kunna hantera verktyg, maskiner eller utrustning."),
          ("God fysik", "Arbetet kan vara fysiskt, så det är bra att orka stå, gå och lyfta under dagen."),
          ("Säkerhetsmedvetenhet", "Att följa säkerhetsregler och tänka efter innan man gör något som kan vara riskabelt.")],
    "I": [("Analytisk förmåga", "Att kunna samla fakta, se samband och dra slutsatser."),
          ("Problemlösning", "Att inte ge upp när något krånglar, utan leta efter orsaken och hitta en lösning."),
          ("Nyfikenhet", "Att vilja lära sig nytt, eftersom kunskap och teknik utvecklas hela tiden.")],
    "A": [("Kreativitet", "Att kunna få idéer och hitta egna lösningar."),
          ("Känsla för form", "Att ha öga för färg, form och detaljer."),
          ("Uttrycksförmåga", "Att kunna förmedla en idé eller en känsla så att andra förstår den.")],
    "S": [("Empati", "Att kunna sätta sig in i hur andra människor har det och bemöta dem med respekt."),
          ("Kommunikativ förmåga", "Att lyssna, förklara och anpassa sitt sätt att prata efter den man möter."),
          ("Samarbetsförmåga", "Att fungera bra i grupp och hjälpa kollegor när det behövs."),
          ("Tålamod", "Att kunna ta det lugnt och ge andra den tid de behöver.")],
    "E": [("Initiativförmåga", "Att själv se vad som behöver göras och sätta igång."),
          ("Ledarskap", "Att kunna leda, motivera och fatta beslut."),
          ("Övertygande", "Att kunna argumentera för sin sak och få andra med sig.")],
    "C": [("Noggrannhet", "Att arbeta metodiskt och kontrollera sitt arbete så att det blir rätt."),
          ("Struktur", "Att kunna planera sin tid och hålla ordning på många uppgifter."),
          ("Ansvarstagande", "Att vara pålitlig och göra det man har lovat.")],
}
AREA_ABILITY = {
    "TRP": ("Stresstålighet", "Att behålla lugnet när trafiken, vädret eller tidsplanen ställer till det."),
    "HSV": ("Stresstålighet", "Att kunna arbeta lugnt och säkert även när det är mycket att göra."),
    "HRS": ("Serviceinriktad", "Att vilja att gästerna ska trivas och att göra det lilla extra."),
    "FOR": ("Serviceinriktad", "Att vara trevlig och hjälpsam och vilja att kunden blir nöjd."),
    "KRO": ("Serviceinriktad", "Att få kunden att känna sig sedd och väl omhändertagen."),
    "SAK": ("Gott omdöme", "Att kunna bedöma en situation snabbt och handla lugnt och rätt."),
    "MIL": ("Uthållighet", "Att orka fortsätta även när det är tungt, både fysiskt och psykiskt."),
    "IT": ("Logiskt tänkande", "Att kunna bryta ned ett problem i mindre delar och lösa dem steg för steg."),
    "PED": ("Pedagogisk förmåga", "Att kunna förklara så att andra förstår och lär sig."),
    "SOC": ("Integritet", "Att kunna hålla en professionell hållning och respektera tystnadsplikten."),
    "CHF": ("Beslutsförmåga", "Att kunna väga olika alternativ mot varandra och ta ställning."),
    "BYG": ("Samarbetsförmåga", "Att kunna samordna sitt arbete med andra yrkesgrupper på bygget."),
    "NAT": ("Självständighet", "Att kunna planera och utföra arbetet på egen hand."),
}

PROGRAMME = {
    "ADM": "ekonomiprogrammet eller handels- och administrationsprogrammet",
    "BYG": "bygg- och anläggningsprogrammet",
    "IT": "teknikprogrammet eller el- och energiprogrammet",
    "KRO": "hantverksprogrammet",
    "FOR": "handels- och administrationsprogrammet",
    "HAN": "hantverksprogrammet",
    "HRS": "restaurang- och livsmedelsprogrammet eller hotell- och turismprogrammet",
    "HSV": "vård- och omsorgsprogrammet",
    "IND": "industritekniska programmet",
    "INS": "el- och energiprogrammet eller VVS- och fastighetsprogrammet",
    "KUL": "estetiska programmet",
    "SAN": "ett yrkesprogram",
    "NAT": "naturbruksprogrammet",
    "NV": "naturvetenskapsprogrammet",
    "PED": "barn- och fritidsprogrammet",
    "SOC": "barn- och fritidsprogrammet eller vård- och omsorgsprogrammet",
    "SAK": "ett nationellt program",
    "TEK": "teknikprogrammet",
    "TRP": "fordons- och transportprogrammet",
    "CHF": "ett nationellt program",
    "MIL": "ett nationellt program",
}
VEHICLE_WORDS = ("mekaniker", "bilskade")

EDUCATION_SENTENCE = {
    "E": "Det finns inga krav på formell utbildning.",
    "EG": "Det går att börja utan utbildning, men en gymnasieutbildning är en fördel.",
    "EGK": "Det finns flera vägar in, och erfarenhet väger ofta tungt.",
    "G": "Vägen in går oftast via en gymnasieutbildning.",
    "GK": "Vägen in går via gymnasiet eller en kortare utbildning efter gymnasiet.",
    "GKL": "Det finns flera vägar in, från gymnasiet till högskolan.",
    "K": "Vägen in går oftast via en yrkeshögskoleutbildning eller en annan kortare utbildning efter gymnasiet.",
    "KL": "Yrket kräver oftast en eftergymnasial utbildning, till exempel på yrkeshögskola eller högskola.",
    "L": "Yrket kräver en längre högskoleutbildning.",
}
EDUCATION_TEXT = {
    "E": "Det finns inga krav på formell utbildning för att arbeta som {n}. Man lär sig arbetet genom introduktion och handledning på arbetsplatsen. Det är en fördel att ha gått ut grundskolan och att kunna svenska.",
    "EG": "Det går att få jobb som {n} utan särskild utbildning, men många arbetsgivare föredrar den som har gått {prog} på gymnasiet. Vuxna kan läsa motsvarande kurser på komvux.",
    "EGK": "Det finns ingen bestämd väg till yrket. En del börjar direkt efter grundskolan, andra har gått gymnasiet eller en kortare kurs efter gymnasiet.",
    "G": "För att arbeta som {n} går man oftast {prog} på gymnasiet. Vuxna kan läsa motsvarande utbildning på komvux.",
    "GK": "Vägen till yrket går oftast via {prog} på gymnasiet. Det finns också kortare utbildningar efter gymnasiet, till exempel på yrkeshögskolan.",
    "GKL": "Det finns flera vägar till yrket. En del börjar efter gymnasiet och lär sig på jobbet, medan andra har en utbildning från yrkeshögskola eller högskola.",
    "K": "För att arbeta som {n} behövs oftast en eftergymnasial utbildning, till exempel på yrkeshögskolan. Utbildningarna är ofta kortare än två år och innehåller praktik.",
    "KL": "Yrket kräver oftast en eftergymnasial utbildning. Det finns både yrkeshögskoleutbildningar och högskoleprogram som leder till yrket.",
    "L": "För att arbeta som {n} krävs en högskole- eller universitetsutbildning. Utbildningen är minst två år lång, och ofta längre.",
}
EDUCATION_DETAIL = [  # (flag index, kategori, text)
    (0, "Inga krav på formell utbildning", "Många lär sig yrket på arbetsplatsen."),
    (1, "Gymnasieutbildning", "Till exempel {prog}."),
    (2, "Eftergymnasial utbildning, kortare än två år", "Till exempel en utbildning på yrkeshögskolan."),
    (3, "Eftergymnasial utbildning, två år eller längre", "Till exempel ett program på högskola eller universitet."),
]

ALT_TEXT = ["{En} på jobbet.", "{En} som arbetar med att {t0}.", "Bild som visar {en} i arbete."]

# Links: (name, url). Organisations per area; hints by name; authorities named in a requirement.
AREA_LINKS = {
    "ADM": [("Unionen", "https://www.unionen.se"), ("Akavia", "https://www.akavia.se"), ("Fackförbundet ST", "https://st.org")],
    "BYG": [("Byggnads", "https://www.byggnads.se"), ("Byggföretagen", "https://byggforetagen.se")],
    "IT": [("Techsverige", "https://www.techsverige.se"), ("Sveriges Ingenjörer", "https://www.sverigesingenjorer.se"), ("Unionen", "https://www.unionen.se")],
    "KRO": [("Företagarna", "https://www.foretagarna.se")],
    "FOR": [("Handelsanställdas förbund", "https://handels.se"), ("Svensk Handel", "https://www.svenskhandel.se"), ("Unionen", "https://www.unionen.se")],
    "HAN": [("Företagarna", "https://www.foretagarna.se")],
    "HRS": [("Hotell- och restaurangfacket", "https://www.hrf.net"), ("Visita", "https://visita.se")],
    "HSV": [("Socialstyrelsen", "https://www.socialstyrelsen.se"), ("Sveriges Kommuner och Regioner", "https://skr.se")],
    "IND": [("IF Metall", "https://www.ifmetall.se"), ("Teknikföretagen", "https://www.teknikforetagen.se")],
    "INS": [("Installatörsföretagen", "https://www.installatorsforetagen.se"), ("IF Metall", "https://www.ifmetall.se")],
    "KUL": [("Konstnärsnämnden", "https://www.konstnarsnamnden.se"), ("Kulturrådet", "https://www.kulturradet.se")],
    "SAN": [("Kommunal", "https://www.kommunal.se"), ("Arbetsmiljöverket", "https://www.av.se")],
    "NAT": [("LRF", "https://www.lrf.se"), ("Jordbruksverket", "https://jordbruksverket.se"), ("Gröna arbetsgivare", "https://www.gronaarbetsgivare.se")],
    "NV": [("Naturvetarna", "https://www.naturvetarna.se"), ("Vetenskapsrådet", "https://www.vr.se")],
    "PED": [("Sveriges Lärare", "https://www.sverigeslarare.se"), ("Skolverket", "https://www.skolverket.se")],
    "SOC": [("Socialstyrelsen", "https://www.socialstyrelsen.se"), ("Vision", "https://vision.se"), ("Akademikerförbundet SSR", "https://akademssr.se")],
    "SAK": [("Myndigheten för samhällsskydd och beredskap", "https://www.msb.se"), ("Säkerhetsbranschen", "https://www.sakerhetsbranschen.se")],
    "TEK": [("Sveriges Ingenjörer", "https://www.sverigesingenjorer.se"), ("Teknikföretagen", "https://www.teknikforetagen.se")],
    "TRP": [("Transportarbetareförbundet", "https://www.transport.se"), ("Unionen", "https://www.unionen.se")],
    "CHF": [("Ledarna", "https://www.ledarna.se"), ("Akavia", "https://www.akavia.se")],
    "MIL": [("Försvarsmakten", "https://www.forsvarsmakten.se"), ("Plikt- och prövningsverket", "https://www.pliktverket.se")],
}
NAME_LINKS = [  # (word in the lowercased name, link), first match wins
    ("undersköterska", ("Kommunal", "https://www.kommunal.se")),
    ("barnsköterska", ("Kommunal", "https://www.kommunal.se")),
    ("tandsköterska", ("Kommunal", "https://www.kommunal.se")),
    ("barnskötare", ("Kommunal", "https://www.kommunal.se")),
    ("vårdbiträde", ("Kommunal", "https://www.kommunal.se")),
    ("personlig assistent", ("Kommunal", "https://www.kommunal.se")),
    ("stödassistent", ("Kommunal", "https://www.kommunal.se")),
    ("sköterska", ("Vårdförbundet", "https://www.vardforbundet.se")),
    ("it-", ("Techsverige", "https://www.techsverige.se")),
    ("arkitekt", ("Sveriges Arkitekter", "https://www.arkitekt.se")),
    ("lektor", ("Sveriges universitetslärare och forskare", "https://sulf.se")),
    ("bagare", ("Livsmedelsarbetareförbundet", "https://www.livs.se")),
    ("konditor", ("Livsmedelsarbetareförbundet", "https://www.livs.se")),
    ("slaktare", ("Livsmedelsarbetareförbundet", "https://www.livs.se")),
    ("charkuterist", ("Livsmedelsarbetareförbundet", "https://www.livs.se")),
    ("mejeri", ("Livsmedelsarbetareförbundet", "https://www.livs.se")),
    ("stridspilot", ("Försvarsmakten", "https://www.forsvarsmakten.se")),
    ("barberare", ("Frisörföretagarna", "https://www.frisorforetagarna.se")),
    ("tränare", ("Riksidrottsförbundet", "https://www.rf.se")),
    ("präst", ("Svenska kyrkan", "https://www.svenskakyrkan.se")),
    ("diakon", ("Svenska kyrkan", "https://www.svenskakyrkan.se")),
    ("skorstensfejare", ("Myndigheten för samhällsskydd och beredskap", "https://www.msb.se")),
    ("renhållning", ("Avfall Sverige", "https://www.avfallsverige.se")),
    ("återvinning", ("Avfall Sverige", "https://www.avfallsverige.se")),
    ("truck", ("Transportarbetareförbundet", "https://www.transport.se")),
    ("förare", ("Transportstyrelsen", "https://www.transportstyrelsen.se")),
    ("barnmorska", ("Vårdförbundet", "https://www.vardforbundet.se")),
    ("läkare", ("Sveriges läkarförbund", "https://slf.se")),
    ("lärare", ("Sveriges Lärare", "https://www.sverigeslarare.se")),
    ("pedagog", ("Sveriges Lärare", "https://www.sverigeslarare.se")),
    ("elektriker", ("Svenska Elektrikerförbundet", "https://www.sef.se")),
    ("mekaniker", ("Motorbranschens riksförbund", "https://www.mrf.se")),
    ("vvs", ("Säker Vatten", "https://www.sakervatten.se")),
    ("polis", ("Polisen", "https://polisen.se")),
    ("tull", ("Tullverket", "https://www.tullverket.se")),
    ("kriminalvård", ("Kriminalvården", "https://www.kriminalvarden.se")),
    ("frivård", ("Kriminalvården", "https://www.kriminalvarden.se")),
    ("kustbevakning", ("Kustbevakningen", "https://www.kustbevakningen.se")),
    ("sos-", ("SOS Alarm", "https://www.sosalarm.se")),
    ("brand", ("Myndigheten för samhällsskydd och beredskap", "https://www.msb.se")),
    ("lok", ("Trafikverket", "https://www.trafikverket.se")),
    ("tåg", ("Trafikverket", "https://www.trafikverket.se")),
    ("pilot", ("Transportstyrelsen", "https://www.transportstyrelsen.se")),
    ("flyg", ("Transportstyrelsen", "https://www.transportstyrelsen.se")),
    ("styrman", ("Sjöfartsverket", "https://www.sjofartsverket.se")),
    ("matros", ("Sjöfartsverket", "https://www.sjofartsverket.se")),
    ("sjö", ("Sjöfartsverket", "https://www.sjofartsverket.se")),
    ("lastbil", ("Sveriges Åkeriföretag", "https://www.akeri.se")),
    ("skog", ("Skogsstyrelsen", "https://www.skogsstyrelsen.se")),
    ("frisör", ("Frisörföretagarna", "https://www.frisorforetagarna.se")),
    ("journalist", ("Journalistförbundet", "https://www.sjf.se")),
    ("skådespelare", ("Scen & Film", "https://www.scenochfilm.se")),
    ("regissör", ("Scen & Film", "https://www.scenochfilm.se")),
    ("dansare", ("Scen & Film", "https://www.scenochfilm.se")),
    ("revisor", ("FAR", "https://www.far.se")),
]
REQUIREMENT_LINKS = [  # (word in the requirement sentence, link)
    ("Socialstyrelsen", ("Socialstyrelsen", "https://www.socialstyrelsen.se")),
    ("Jordbruksverket", ("Jordbruksverket", "https://jordbruksverket.se")),
    ("Transportstyrelsen", ("Transportstyrelsen", "https://www.transportstyrelsen.se")),
    ("YKB", ("Transportstyrelsen", "https://www.transportstyrelsen.se")),
    ("Elsäkerhetsverket", ("Elsäkerhetsverket", "https://www.elsakerhetsverket.se")),
    ("Skolverket", ("Skolverket", "https://www.skolverket.se")),
    ("Kammarkollegiet", ("Kammarkollegiet", "https://www.kammarkollegiet.se")),
    ("Fastighetsmäklarinspektionen", ("Fastighetsmäklarinspektionen", "https://www.fmi.se")),
    ("Revisorsinspektionen", ("Revisorsinspektionen", "https://www.revisorsinspektionen.se")),
    ("Havs- och vattenmyndigheten", ("Havs- och vattenmyndigheten", "https://www.havochvatten.se")),
    ("Försvarshögskolan", ("Försvarshögskolan", "https://www.fhs.se")),
    ("Plikt- och prövningsverket", ("Plikt- och prövningsverket", "https://www.pliktverket.se")),
    ("advokatsamfund", ("Sveriges advokatsamfund", "https://www.advokatsamfundet.se")),
    ("Swedsec", ("Swedsec", "https://www.swedsec.se")),
    ("Insuresec", ("Insuresec", "https://www.insuresec.se")),
    ("Åklagarmyndighetens", ("Åklagarmyndigheten", "https://www.aklagare.se")),
    ("Arbetsmiljöverkets", ("Arbetsmiljöverket", "https://www.av.se")),
    ("Kriminalvården", ("Kriminalvården", "https://www.kriminalvarden.se")),
    ("MSB", ("Myndigheten för samhällsskydd och beredskap", "https://www.msb.se")),
    ("Polismyndigheten", ("Polisen", "https://polisen.se")),
    ("Försvarsmakten", ("Försvarsmakten", "https://www.forsvarsmakten.se")),
]
# Unions and associations for people with a long post-secondary education; not linked otherwise.
ACADEMIC_LINKS = {"https://akademssr.se", "https://www.naturvetarna.se", "https://www.sverigesingenjorer.se",
                  "https://www.akavia.se", "https://www.vardforbundet.se", "https://www.sverigeslarare.se",
                  "https://slf.se", "https://sulf.se", "https://www.arkitekt.se", "https://www.far.se"}
EDUCATION_LINKS = {  # by the highest education flag
    3: ("studera.nu", "https://www.studera.nu", "Utbildning"),
    2: ("Myndigheten för yrkeshögskolan", "https://www.yrkeshogskolan.se", "Utbildning"),
    1: ("Gymnasieinfo", "https://www.gymnasieinfo.se", "Gymnasieutbildningar"),
    0: ("Arbetsförmedlingen", "https://www.arbetsformedlingen.se", "Extern information"),
}

# Names that take "ett", not "en" ("ett kassabiträde", "ett tidningsbud").
NEUTER_ENDINGS = ("biträde", "bud")

# Similar occupations the scoring would not find on its own; listed first.
SIMILAR_EXTRA = {
    "Lantmätare": ["Mättekniker", "GIS-ingenjör"],
    "Journalist": ["Kommunikatör", "Fotograf", "Författare"],
    "Möbelsnickare": ["Snickare", "Möbeltapetserare"],
    "Konstsmed": ["Keramiker", "Guldsmed"],
    "Arkivarie": ["Bibliotekarie", "Registrator"],
    "Logistiker": ["Logistikchef", "Speditör"],
    "Truckförare": ["Lagerarbetare"],
    "Copywriter": ["Marknadsförare", "Kommunikatör"],
    "Säkerhetschef": ["IT-säkerhetsspecialist", "Väktare"],
    "Marknadschef": ["Marknadsförare"],
    "Personlig tränare": ["Friskvårdskonsulent", "Idrottstränare"],
    "Veterinär": ["Djursjukskötare"],
    "Rektor": ["Grundskollärare", "Gymnasielärare"],
}

# Name endings used to find similar occupations.
HEADS = ("sköterska", "förare", "lärare", "tekniker", "ingenjör", "montör", "arbetare",
         "handläggare", "operatör", "mekaniker", "chef", "snickare", "elektriker", "assistent", "terapeut",
         "biträde", "utvecklare", "säljare", "skötare", "officer", "soldat", "analytiker", "designer",
         "inspektör", "ledare", "pedagog", "konsulent", "sekreterare", "rådgivare", "arkitekt", "smed",
         "vakt", "värd", "bagare", "sanerare", "brandman", "pilot", "tolk", "konstruktör")

# --------------------------------------------------------------------------
# Building the records
# --------------------------------------------------------------------------


class Row:
    """One occupation from the table, checked, with its id and derived words."""

    def __init__(self, index: int, raw: tuple) -> None:
        name, areas, ssyk, edu, letters, hours, env, tasks, places, synonyms, requirement = raw
        self.index = index
        self.id = FIRST_ID + index
        self.ams_id = FIRST_AMS_ID + index * 3
        self.name = name
        self.areas = areas.split()
        self.ssyk = ssyk.split()
        self.edu = edu
        self.letters = letters
        self.hours = hours
        self.env = env
        self.tasks = tasks.split("|")
        self.places = places.split("|")
        self.synonyms = None if synonyms == "-" else [s for s in synonyms.split("|") if s]
        self.requirement = requirement
        self.n = lower_first(name)
        self.head = next((h for h in HEADS if name.lower().endswith(h)), None)
        self.check()

    def check(self) -> None:
        where = f"{self.name!r}"
        assert self.name and self.name == self.name.strip(), where
        assert self.areas and all(a in AREAS for a in self.areas), where
        assert self.ssyk and all(c in SSYK for c in self.ssyk), where
        assert self.edu in FLAGS, where
        assert 2 <= len(self.letters) <= 3 and len(set(self.letters)) == len(self.letters), where
        assert all(x in "RIASEC" for x in self.letters), where
        assert self.hours in HOURS and self.env in ENVIRONMENT, where
        assert 2 <= len(self.tasks) <= 4 and all(self.tasks), where
        assert self.places and all(self.places), where
        assert self.synonyms is None or len(self.synonyms) <= 5, where

    def key(self, salt: int) -> int:
        """A deterministic, well-mixed number for choosing among templates; differs per field (salt)."""
        return int.from_bytes(hashlib.sha256(f"{self.id}:{salt}".encode()).digest()[:4], "big")

    def words(self) -> dict[str, str]:
        tasks, places = self.tasks, self.places
        article = "ett" if self.name.endswith(NEUTER_ENDINGS) else "en"
        return {
            "n": self.n,
            "en": f"{article} {self.n}",
            "En": f"{capitalize(article)} {self.n}",
            "t0": tasks[0],
            "t1": tasks[1],
            "t2": tasks[2] if len(tasks) > 2 else tasks[1],
            "p0": places[0],
            "p1": places[1] if len(places) > 1 else places[0],
            "trait": TRAIT_SHORT[self.letters[0]],
        }


def lower_first(name: str) -> str:
    """'Lastbilsförare' -> 'lastbilsförare', but keep 'IT-chef' and 'SOS-operatör'."""
    return name if len(name) > 1 and name[1].isupper() else name[0].lower() + name[1:]


def capitalize(text: str) -> str:
    return text[0].upper() + text[1:]


def join_sv(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def pick(options: list, key: int):
    return options[key % len(options)]


def parse_table() -> list[Row]:
    rows = [Row(i, raw) for i, raw in enumerate(OCCUPATIONS)]
    names = [r.name.lower() for r in rows]
    assert len(set(names)) == len(names), "occupation names must be unique"
    seen: set[str] = set(names)
    for r in rows:
        for s in r.synonyms or []:
            assert s.lower() not in seen, f"synonym {s!r} of {r.name!r} is a name or another synonym"
            seen.add(s.lower())
    return rows


def similar_rows(row: Row, rows: list[Row]) -> list[Row]:
    """1-5 similar occupations: shared SSYK group, name ending, area, interest, education."""

    def score(other: Row) -> int:
        s = 4 if set(row.ssyk) & set(other.ssyk) else 0
        s += 2 if row.head and row.head == other.head else 0
        s += 2 if row.name[:4].lower() == other.name[:4].lower() else 0
        s += 3 if row.areas[0] == other.areas[0] else 0
        s += len(set(row.areas) & set(other.areas)) - (1 if row.areas[0] == other.areas[0] else 0)
        s += 1 if row.letters[0] == other.letters[0] else 0
        s += 1 if row.edu == other.edu else 0
        return s

    by_name = {r.name: r for r in rows}
    extra = [by_name[name] for name in SIMILAR_EXTRA.get(row.name, [])]
    ranked = sorted((r for r in rows if r is not row and r not in extra), key=lambda r: (-score(r), abs(r.id - row.id), r.id))
    good = extra + [r for r in ranked if score(r) >= 4]
    count = max(1 + row.key(11) % 5, len(extra))
    return good[:count] or ranked[:1]


def programme(row: Row) -> str:
    if any(w in row.name.lower() for w in VEHICLE_WORDS):
        return "fordons- och transportprogrammet"
    return PROGRAMME[row.areas[0]]


def summary_texts(row: Row) -> tuple[str, str, str]:
    """(oneliner, kortSammanfattning, sammanfattning)."""
    w = row.words()
    oneliner = pick(ONELINER, row.key(1)).format(**w)
    short = capitalize(pick(KORT, row.key(2)).format(**w))
    sentences = [
        capitalize(pick(SUMMARY_FIRST, row.key(3)).format(**w)),
        pick(SUMMARY_SECOND, row.key(4)).format(**w),
        pick(TRAIT_LONG[row.letters[0]], row.key(5)),
    ]
    if row.index % 3 != 0:
        sentences.append(EDUCATION_SENTENCE[row.edu])
    return oneliner, short, " ".join(sentences)


def task_text(row: Row) -> str:
    w = row.words()
    paragraphs = [capitalize(pick(TASKS_FIRST, row.key(6)).format(**w))]
    if len(row.tasks) > 2:
        paragraphs.append(pick(TASKS_SECOND, row.key(7)).format(**w))
    area_texts = AREA_ENV_PARAGRAPH.get((row.areas[0], row.env), AREA_PARAGRAPH[row.areas[0]])
    paragraphs.append(pick(area_texts, row.key(8)))
    if len(row.places) > 1 and row.index % 2 == 1:
        paragraphs.append(TASKS_PLACES.format(line=TRAIT_LINE[row.letters[0]], **w))
    return "\n\n".join(paragraphs)


def hours_text(row: Row) -> str:
    paragraphs = [pick(HOURS[row.hours], row.key(9))]
    if row.index % 3 == 1:
        paragraphs.append(HOURS_EXTRA[row.hours])
    return "\n\n".join(paragraphs)


def environment_text(row: Row) -> str:
    paragraphs = [pick(ENVIRONMENT[row.env], row.key(10))]
    for area in row.areas:
        envs, extra = AREA_ENVIRONMENT.get(area, ("", ""))
        if row.env in envs and row.index % 2 == 0:
            paragraphs.append(extra)
            break
    return "\n\n".join(paragraphs)


def workplace_text(row: Row) -> str:
    w = row.words()
    if len(row.places) == 1:
        first = "{En} arbetar {p0}.".format(**w)
    elif row.key(12) % 2 == 0:
        first = "{En} kan arbeta {places}.".format(places=join_sv(row.places), **w)
    else:
        first = "Det vanligaste är att arbeta {p0}. Det finns också jobb {rest}.".format(rest=join_sv(row.places[1:]), **w)
    paragraphs = [first]
    if row.index % 2 == 0:
        text = " ".join(row.places)
        if "egen" in text or "eget" in text:
            kind = "own"
        elif row.areas[0] == "KUL":
            kind = "freelance"
        elif row.areas[0] in ("HSV", "PED", "SOC") and any(x in text for x in ("kommun", "region", "sjukhus", "skol")):
            kind = "public"
        else:
            kind = WORKPLACE_KIND.get(row.areas[0], "default")
        paragraphs.append(WORKPLACE_EXTRA[kind])
    return "\n\n".join(paragraphs)


def international_text(row: Row) -> str | None:
    if row.index % 5 not in (0, 3) and row.areas[0] != "MIL":
        return None
    if "legitimation" in row.requirement:
        return INTERNATIONAL["licence"]
    if row.areas[0] == "MIL":
        return INTERNATIONAL["MIL"]
    if "TRP" in row.areas:
        return INTERNATIONAL["TRP"]
    if row.areas[0] in ("IT", "TEK", "NV"):
        return INTERNATIONAL["tech"]
    if row.areas[0] == "HRS":
        return INTERNATIONAL["HRS"]
    return INTERNATIONAL["default"]


def abilities(row: Row) -> dict:
    letters = row.letters
    first = ABILITIES[letters[0]]
    start = row.key(13) % len(first)
    chosen = [first[start], first[(start + 1) % len(first)], pick(ABILITIES[letters[1]], row.key(14))]
    if len(letters) > 2:
        chosen.append(pick(ABILITIES[letters[2]], row.key(15)))
    area_ability = next((AREA_ABILITY[a] for a in row.areas if a in AREA_ABILITY), None)
    if area_ability and row.index % 3 != 0:
        chosen.append(area_ability)
    items, seen = [], set()
    for category, text in chosen:
        if category not in seen:
            seen.add(category)
            items.append({"kategori": category, "text": text})
    items = items[:5]
    example = pick(row.tasks, row.key(16))
    items[0]["text"] += f" Det behövs till exempel när man ska {example}."
    heading = pick(["Förmågor som är viktiga för {en}", "Det här är bra att kunna som {n}"], row.key(17))
    return {"beskrivning": heading.format(**row.words()), "detaljer": items}


def education(row: Row, flags: tuple[bool, ...]) -> tuple[dict, dict]:
    """(utbildningar, utbildningsvag)."""
    prog = programme(row)
    paragraphs = [EDUCATION_TEXT[row.edu].format(n=row.n, prog=prog)]
    if row.requirement:
        paragraphs.append(row.requirement)
    site = {3: "studera.nu", 2: "yrkeshogskolan.se", 1: "gymnasieinfo.se"}
    top = max((i for i, f in enumerate(flags) if f), default=0)
    if top in site:
        paragraphs.append(f"Läs mer om utbildningar på {site[top]}.")
    details = [{"kategori": category, "text": text.format(prog=prog + " på gymnasiet")}
               for index, category, text in EDUCATION_DETAIL if flags[index]]
    utbildningar = {"beskrivning": "\n\n".join(paragraphs), "detaljer": details}

    categories = []
    if flags[0]:
        categories.append(("Företagsförlagd utbildning", "Man lär sig yrket på arbetsplatsen, med introduktion och handledning."))
    if flags[1]:
        categories.append(("Gymnasieutbildning", f"{capitalize(prog)} ger en bra grund för yrket."))
        if row.letters[0] == "R" and row.areas[0] in ("BYG", "INS", "HAN", "KRO"):
            categories.append(("Lärlingsutbildning", "Efter utbildningen följer ofta en tid som lärling på en arbetsplats."))
        if row.index % 2 == 0:
            categories.append(("Komvux", "Vuxna kan läsa yrkeskurser inom området på komvux."))
    if flags[2]:
        categories.append(("Yrkeshögskoleutbildning", "Det finns utbildningar på yrkeshögskolan som leder till yrket."))
    if flags[3]:
        categories.append(("Universitets- och högskoleutbildning", "Det finns program på universitet och högskolor som leder till yrket."))
    path = EDUCATION_SENTENCE[row.edu] + (" " + row.requirement if row.requirement else "")
    utbildningsvag = {
        "beskrivning": path,
        "visaValideringstext": bool((flags[1] or flags[2]) and row.letters[0] == "R"),
        "utbildningsvagkategorier": [{"kategori": k, "kategoriText": t} for k, t in categories],
    }
    return utbildningar, utbildningsvag


def links(row: Row, flags: tuple[bool, ...]) -> list[dict]:
    found: list[tuple[str, str, str]] = []
    for word, (name, url) in REQUIREMENT_LINKS:
        if word in row.requirement:
            found.append((name, url, "Extern information"))
            break
    for word, (name, url) in NAME_LINKS:
        if word in row.name.lower():
            found.append((name, url, "Extern information"))
            break
    own = AREA_LINKS[row.areas[0]]
    start = row.key(18) % len(own)
    found.append((*own[start], "Extern information"))
    top = max((i for i, f in enumerate(flags) if f), default=0)
    found.append(EDUCATION_LINKS[top])
    found.append((*own[(start + 1) % len(own)], "Extern information"))
    result, urls = [], set()
    for name, url, category in found:
        if url in ACADEMIC_LINKS and not flags[3]:
            continue
        if url not in urls:
            urls.add(url)
            result.append({"namn": name, "url": url, "kategori": category})
    return result[: 2 + row.key(20) % 3]


def build(rows: list[Row]) -> tuple[list[dict], list[dict]]:
    """(list items, details), both in id order."""
    items, details = [], []
    for row in rows:
        flags = FLAGS[row.edu]
        oneliner, short, summary = summary_texts(row)
        image = IMAGE_URL.format(id=row.id)
        alt = capitalize(pick(ALT_TEXT, row.key(21)).format(**row.words()))
        areas = [AREAS[a] for a in row.areas]
        item = {
            "id": row.id,
            "namn": row.name,
            "oneliner": oneliner,
            "bildlank": image,
            "bildsammanfattning": alt,
            "yrkesomraden": areas,
            "yrkessynonymer": row.synonyms,
            "isEjGymnasie": flags[0],
            "isGymnasie": flags[1],
            "isEftergymn2less": flags[2],
            "isEftergymn2more": flags[3],
        }
        utbildningar, utbildningsvag = education(row, flags)
        updated = date(2023, 1, 9) + timedelta(days=(row.index * 37) % 1000)
        letters = row.letters
        detail = {
            "id": row.id,
            "namn": row.name,
            "kortSammanfattning": short,
            "sammanfattning": summary,
            "arbetsuppgifter": task_text(row),
            "arbetstid": hours_text(row),
            "arbetsmiljo": environment_text(row),
            "arbetsplats": workplace_text(row),
            "internationellaMojligheter": international_text(row),
            "amsOccupationId": row.ams_id,
            "metadata": {"version": 1 + row.index % 3, "senastUppdaterad": updated.isoformat() + "T00:00:00"},
            "yrkesomraden": areas,
            "yrkesgrupperOchBenamningar": [
                {"ssyk": code, "namn": SSYK[code], "taxonomiId": int(code), "taxonomiTyp": "SSYK4"} for code in row.ssyk
            ],
            "formagor": abilities(row),
            "utbildningar": utbildningar,
            "utbildningsvag": utbildningsvag,
            "liknandeYrken": [{"id": other.id, "namn": other.name} for other in similar_rows(row, rows)],
            "lankar": links(row, flags),
            "intresseprofil": {"primar": letters[0], "sekundar": letters[1], "tertiar": letters[2] if len(letters) > 2 else None},
            "bilder": [{
                "lank": image,
                "sammanfattning": alt,
                "primar": True,
                "normbrytandeEtnicitet": row.index % 7 == 3,
                "normbrytandeKon": row.index % 5 == 2,
                "normbrytandeFunktionsnedsattning": row.index % 11 == 5,
            }],
        }
        apply_quirks(row, item, detail)
        items.append(item)
        details.append(detail)
    return items, details


def apply_quirks(row: Row, item: dict, detail: dict) -> None:
    for quirk in QUIRKS.get(row.name, []):
        kind, _, key = quirk.partition(":")
        if kind == "drop":
            del detail[key]
        elif kind == "null":
            detail[key] = None
        elif kind == "empty" and key == "formagor":
            detail[key] = {"beskrivning": "", "detaljer": []}
        elif kind == "empty" and key == "bildsammanfattning":
            item[key] = ""
            detail["bilder"][0]["sammanfattning"] = ""
        elif kind == "empty" and key == "linkname":
            detail["lankar"][0]["namn"] = ""
        elif kind == "empty":
            detail[key] = [] if isinstance(detail[key], list) else ""
        elif kind == "list-null":
            item[key] = None
        elif kind == "list-empty":
            item[key] = [] if isinstance(item[key], list) else ""
        elif quirk == "space:bild":
            item["bildlank"] += " "
            detail["bilder"][0]["lank"] += " "
        elif quirk == "space:url":
            detail["lankar"][0]["url"] += " "
        elif quirk == "space:paras":
            for key in ("arbetsuppgifter", "arbetsmiljo", "arbetstid"):
                if isinstance(detail.get(key), str):
                    detail[key] = detail[key].replace("\n\n", " \n\n")
        elif quirk == "flags:none":
            for flag in ("isEjGymnasie", "isGymnasie", "isEftergymn2less", "isEftergymn2more"):
                item[flag] = False
        else:
            raise ValueError(f"unknown quirk {quirk!r} for {row.name!r}")


# --------------------------------------------------------------------------
# Writing the snapshot
# --------------------------------------------------------------------------


def to_bytes(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_sample(out: Path) -> dict:
    rows = parse_table()
    unknown = set(QUIRKS) - {r.name for r in rows}
    assert not unknown, f"QUIRKS names no occupation: {sorted(unknown)}"
    items, details = build(rows)
    detail_dir = out / "yrken"
    detail_dir.mkdir(parents=True, exist_ok=True)
    records = {}
    for detail in details:
        data = to_bytes(detail)
        (detail_dir / f"{detail['id']}.json").write_bytes(data)
        records[str(detail["id"])] = sha256(data)
    for path in detail_dir.glob("*.json"):
        if path.stem not in records:
            path.unlink()
    list_bytes = to_bytes(items)
    (out / "yrken.json").write_bytes(list_bytes)
    manifest = {
        "source": "sample",
        "generated_by": "content/make_sample.py",
        "count": len(details),
        "fetched_at": FETCHED_AT,
        "list": sha256(list_bytes),
        "records": records,
    }
    (out / "manifest.json").write_bytes(to_bytes(manifest))
    return manifest


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "sample"
    manifest = write_sample(out)
    print(f"wrote {manifest['count']} occupations to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
