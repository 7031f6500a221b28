"""Word lists for the English quote extractor (quotes_en.py). Plain general English: nothing
here names a person, an article or a phrase of the development set."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set."""
    return frozenset(text.split())


_words = word_set


# Reporting verbs: every form that introduces reported speech.
CUE_VERBS = _words(
    """say says said saying tell tells told telling add adds added adding
    warn warns warned warning claim claims claimed claiming insist insists insisted insisting
    urge urges urged urging deny denies denied denying pledge pledges pledged pledging
    propose proposes proposed proposing suggest suggests suggested suggesting
    confirm confirms confirmed confirming announce announces announced announcing
    explain explains explained explaining argue argues argued arguing stated
    note notes noted noting reply replies replied replying admit admits admitted admitting
    acknowledge acknowledges acknowledged acknowledging reveal reveals revealed revealing
    predict predicts predicted predicting stress stresses stressed stressing
    emphasise emphasises emphasised emphasize emphasizes emphasized
    contend contends contended assert asserts asserted declare declares declared
    declaring promise promises promised promising vow vows vowed vowing concede concedes
    conceded complain complains complained complaining wrote
    tweet tweets tweeted tweeting believe believes believed expect expects expected
    estimate estimates estimated forecast forecasts forecasted
    agree agrees agreed allege alleges
    alleged caution cautions cautioned assure assures assured remind reminds reminded
    answer answers answered respond responds responded counter counters countered
    describe describes described describing brand brands branded call calls called
    calling label labels labelled labeled dub dubs dubbed reiterate reiterates reiterated
    reaffirm reaffirms reaffirmed hint hints hinted indicate indicates indicated point points
    pointed accuse accuses accused accusing
    """
)

# Verbs that attribute a quotation but do not introduce reported speech of their own:
# `"Why now?" he asked.`, `"…," she continued.`
QUOTE_ONLY_VERBS = _words(
    """ask asks asked continue continues continued joke jokes joked quip quips quipped
    recall recalls recalled shout shouts shouted exclaim exclaims exclaimed write writes
    tweet tweets tweeted post posts posted laughed smiled sighed wonder wonders wondered"""
)

# Nouns for what somebody says: `Pike's message was clear: "…"`.
MESSAGE_NOUNS = _words(
    """message answer response reply verdict advice view position stance reaction
    explanation argument conclusion assessment warning plea retort comment words"""
)

# Singing, chanting and inscriptions: what they introduce is no speech (`She sang: "…"`,
# `The banner read: "…"`).
PERFORMANCE_VERBS = _words(
    """sing sings sang sung singing chant chants chanted chanting recite recites recited
    read reads banner banners sign signs placard placards slogan slogans lyrics"""
)

# Verbs whose object is a quoted label, not a clause: `described the plan as "a shambles"`.
DESCRIBE_VERBS = _words(
    """describe describes described describing brand brands branded call calls called calling
    label labels labelled labeled dub dubs dubbed"""
)

# Verbs that may take a bare noun phrase as their content (`denied reports ...`,
# `proposed the legalisation of ...`, `called for the ban to be lifted`).
NP_CONTENT_VERBS = _words(
    """deny denies denied denying propose proposes proposed proposing urge urges urged urging
    pledge pledges pledged pledging announce announces announced announcing predict predicts
    predicted predicting call calls called calling promise promises promised promising
    vow vows vowed vowing forecast forecasts forecasted expect expects expected
    confirm confirms confirmed confirming suggest suggests suggested suggesting
    accuse accuses accused accusing"""
)

# Cues that need an addressee skipped before their content: `told the paper (that) ...`.
ADDRESSEE_VERBS = _words(
    "tell tells told telling assure assures assured remind reminds reminded warn warns warned"
)

# Cues that also take plain objects ("added 200 jobs", "claimed the title", "confirmed the
# deal"): reported speech only when the content reads as a clause.
CLAUSE_VERBS = _words(
    """add adds added adding claim claims claimed claiming reveal reveals revealed revealing
    admit admits admitted admitting confirm confirms confirmed confirming explain explains
    explained explaining acknowledge acknowledges acknowledged acknowledging concede concedes
    conceded stress stresses stressed"""
)

# Denials: reported speech only with a content clause ("denied (that) it had …", "denied
# reports it was …", "denied doing anything wrong"), not with a bare object ("denied the
# allegations").
DENY_VERBS = _words("deny denies denied denying")

# Verbs that only take a clause when followed by `that` or a quote (`believe`, `expect`...).
WEAK_VERBS = _words(
    """believe believes believed expect expects expected estimate estimates estimated
    continue continues continued agree agrees agreed accept accepts accepted recall recalls
    recalled answer answers answered respond responds responded counter counters countered
    state states stated note notes noted hint hints hinted indicate indicates indicated"""
)

# Words that may stand between a subject and its cue verb, or between a cue and content.
AUX_ADVERBS = _words(
    """also has have had is was were will would could may might can should did does do
    later earlier previously recently repeatedly then now today yesterday tonight once again
    further reportedly publicly separately privately already still simply just firmly openly
    flatly quickly immediately subsequently allegedly initially originally always often
    never not n't however though too even last week month year night morning afternoon
    evening weekend this on monday tuesday wednesday thursday friday saturday sunday
    in a an the statement interview letter its his her their on website earlier
    """
)

# Pronouns that refer back to a speaker.
PERSON_PRONOUNS = _words("he she")
ORG_PRONOUNS = _words("it")

# Role nouns (head of a definite description) that refer to a person already named.
PERSON_ROLES = _words(
    """minister secretary president chancellor leader chairman chairwoman chair chief executive
    director spokesman spokeswoman spokesperson head founder editor commissioner mayor governor
    senator congressman congresswoman lawmaker legislator ambassador general colonel captain
    commander officer analyst economist professor judge attorney lawyer candidate activist
    manager owner premier envoy negotiator inspector superintendent detective sergeant
    partner trader strategist adviser advisor aide consultant boss ceo mp mep msp politician
    coach player star singer actor author writer researcher scientist expert campaigner
    councillor councilor official farmer chairperson deputy undersecretary treasurer
    businessman businesswoman billionaire financier entrepreneur grower veteran organiser
    organizer planner engineer teacher doctor nurse coach pilot worker resident owner
    shopkeeper student mother father parent
    """
)
# Party members as role nouns: "the Ohio Democrat".
PARTY_MEMBERS = _words("democrat republican tory conservative liberal socialist")

# Offices a person normally holds one of: two different ones mean two different people.
OFFICES = _words(
    """minister president chancellor mayor governor premier king queen pope secretary
    commissioner senator chairman chairwoman ambassador"""
)

# Singular roles that stay anonymous when indefinite ("an official said").
ANONYMOUS_ROLES = _words(
    """official analyst expert economist observer diplomat source minister officer aide
    adviser advisor insider spokesman spokeswoman spokesperson representative resident
    worker member doctor lawyer trader strategist consultant"""
)

# Head nouns of descriptions that refer back to an organisation.
# Lower-case heads of state bodies named by a proper modifier: "the Norwegian navy",
# "the EU embassy" (an organisation named as written).
STATE_BODIES = _words("military army navy government police embassy coastguard")

ORG_ROLES = _words(
    """company firm group bank carmaker maker manufacturer retailer party union organisation
    organization agency ministry department business corporation chain supermarket airline
    broadcaster insurer lender operator producer giant network charity council authority
    board watchdog regulator association club team carrier automaker drugmaker miner
    publisher supplier provider developer brewer conglomerate utility exchange body
    institute university hospital school label studio"""
)

# Unnamed people speaking for an organisation: the organisation is the speaker.
SPOKES_ROLES = _words(
    "spokesman spokeswoman spokesperson spokespeople representative representatives"
)

# Plural people who speak for the named body they are attached to ("Treasury Department
# officials", "officials at the Federal Aviation Administration").
ORG_PEOPLE = _words("officials spokespeople spokesmen spokeswomen representatives")

# Head words of the names of public bodies and companies (for ORG_PEOPLE).
BODY_HEADS = _words(
    """department ministry agency administration commission office bureau service authority
    council committee board police force army navy command institute university company
    corporation association federation organisation organization secretariat directorate
    inspectorate tribunal court parliament assembly government embassy consulate"""
)

# Plural or generic subjects that are never annotated.
ANONYMOUS = _words(
    """officials analysts critics experts sources observers people residents campaigners
    groups businesses investors economists traders commentators insiders opponents
    supporters members protesters activists advocates officers diplomats scientists
    researchers doctors lawyers prosecutors police authorities ministers lawmakers
    politicians executives employees workers staff unions leaders voters others many some
    someone somebody everyone they we you i one who observers respondents fans users
    witnesses investigators teachers parents environmentalists reports studies figures data
    polls surveys forecasters bankers farmers families patients consumers customers shoppers
    motorists passengers travellers travelers locals villagers neighbours relatives friends
    colleagues rivals bosses managers organisers organizers scientists unions"""
)

# Last words that make a capitalised name an organisation.
ORG_SUFFIXES = _words(
    """party office foods international inc corp corporation ltd plc llc group bank institute
    university college council committee commission ministry department agency association
    union network campaign securities motors ranches cross foundation fund trust authority
    board court police army navy service services society company co airlines airways
    centre center panel consortium federation organisation organization house church
    school hospital club league coalition alliance front movement government parliament
    assembly congress senate bureau reserve exchange holdings partners capital industries
    systems technologies labs laboratories media press times news post journal herald
    telegraph guardian reuters street nations productions records studios district""".lower()
)

# News media: as the subject of "said"/"reported" they are the article's own source.
MEDIA_WORDS = _words(
    """news times post journal herald telegraph guardian reuters bbc cnn nbc cbs abc fox
    bloomberg xinhua afp ap tribune gazette newspaper agency press radio television tv
    magazine daily standard mail mirror express observer chronicle independent economist
    spectator cnbc msnbc npr pbs itv cbc rte nhk kyodo yonhap tass interfax axios politico
    bbc's cnn's"""
)

# Capitalised words that are titles, not part of a person's name.
TITLE_WORDS = _words(
    """mr mrs ms miss dr sir dame lord lady prof professor rev reverend lt col gen sgt capt
    cmdr gov sen rep hon mp mep msp president minister prime secretary foreign home chancellor
    leader chairman chairwoman chief executive director spokesman spokeswoman mayor governor
    senator congressman congresswoman ambassador general colonel captain commander judge
    justice attorney undersecretary under deputy vice shadow public health finance trade
    defence defense education interior justice state former acting interim tory labour
    conservative democrat democratic republican liberal lib dem green uk us eu un british
    german french american thai chinese japanese russian indian irish scottish welsh english
    european australian canadian israeli palestinian iranian iraqi afghan pakistani korean
    african italian spanish dutch swedish mexican brazilian turkish egyptian king queen
    prince princess pope bishop archbishop cardinal father sister brother saint st
    commissioner treasurer premier envoy inspector superintendent detective sergeant constable
    sheriff head founder editor co chair ceo cfo coo cto president-elect secretary-general
    coach nurse officer agent pastor rabbi imam councillor councilor alderman trooper marshal
    corporal admiral principal dean provost rector vicar canon baroness baron earl duke
    duchess countess viscount sheikh emir sultan chief inspector ombudsman prosecutor auditor
    regulator registrar comptroller solicitor counsel magistrate speaker administrator
    spokesperson adviser advisor strategist economist analyst manager chairperson lawmaker
    legislator councilman councilwoman assemblyman assemblywoman lieutenant supervisor
    north south east west new of for the""".lower()
)

# Honorifics that may stand before a surname: "Mr Okoro".
HONORIFICS = _words("mr mrs ms miss dr sir dame lord lady prof mr. mrs. ms. dr.")
FEMALE_HONORIFICS = _words("mrs ms miss dame lady mrs. ms.")
MALE_HONORIFICS = _words("mr sir lord mr.")

# Sentence-initial capitalised words that are never the start of a name.
FUNCTION_WORDS = _words(
    """the a an but and or so yet however in on at by for from with to of as after before
    when while if though although because since until despite this that these those it its
    he she they we i you his her their our my your there here what which who whom whose why
    how where last next first many some most all both each every other another no not
    asked commenting speaking describing meanwhile also then now later earlier separately
    instead still even just only such one two three four five six seven eight nine ten
    according under over among between during without within about against into through"""
)

# Words that end an addressee after "told": `told the paper (that) ...`.
ADDRESSEE_HEADS = _words(
    """paper newspaper agency programme program show radio television tv channel station
    committee panel hearing conference parliament congress senate assembly meeting crowd
    audience group reporters journalists correspondents interviewers delegates members
    distributors investors shareholders staff workers employees supporters voters students
    audience listeners viewers readers magazine website broadcaster court jury inquiry
    council summit rally press media club customers clients users officials lawmakers senators
    mps colleagues friends fans parents residents members congress regulators analysts
    bankers creditors lenders suppliers partners dealers retailers families"""
)

# Nationality and similar adjectives an organisation's full name may start with.
NATIONALITY = _words(
    """american british german french thai chinese japanese russian indian irish scottish
    welsh english european australian canadian israeli national royal international united
    federal"""
)

# Title words that only a person carries ("Secretary", "MP", "Mr"), unlike "UK" or "Green".
PERSONAL_TITLES = TITLE_WORDS - _words(
    """uk us eu un tory labour conservative democrat democratic republican liberal lib dem
    green british german french american thai chinese japanese russian indian irish scottish
    welsh english european australian canadian israeli palestinian iranian iraqi afghan
    pakistani korean african italian spanish dutch swedish mexican brazilian turkish egyptian
    north south east west new of for the former acting interim shadow public health finance
    trade defence defense education interior justice state home foreign prime vice deputy
    under co st saint general"""
)


# Last words of natural places and of events: "the Coral Sea", "the Rift Valley", "the
# Crimean War", "the Winter Games" never speak.
PLACE_HEADS = _words(
    """sea seas ocean river lake mountains mountain island islands bay gulf strait straits
    peninsula valley desert coast canal province prefecture war games olympics cup
    championship championships"""
)

CALENDAR = _CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december"""
)


def cut_run(words: list[str]) -> list[str]:
    """Drop what cannot start a name from a capitalised run: a weekday or month before it
    ("on Wednesday Mr Okoro") and anything before an inner honorific."""
    low = [w.lower().rstrip(".") for w in words]
    for i in range(len(low) - 1, 0, -1):
        if low[i] in HONORIFICS:
            return words[i:]
    i = 0
    while i < len(words) - 1 and low[i] in _CALENDAR:
        i += 1
    return words[i:]


# Titles that are also common surnames: "Justin King", "John Major".
TITLE_SURNAMES = _words("king major bishop judge marshal dean baron earl duke cardinal sheriff")


def title_prefix(words: list[str]) -> int:
    """How many leading words of a capitalised run are titles ("UK Trade Secretary Lena
    Marsh" -> 3); -1 when the run is a title itself ("Prime Minister", "Dunmore West MP")."""
    low = [w.lower().rstrip(".") for w in words]
    surname = len(low) > 1 and low[-1] in TITLE_SURNAMES and low[-2] not in TITLE_WORDS
    if not surname and (
        low[-1] in PERSONAL_TITLES or low[-1] in PARTY_MEMBERS or all(w in TITLE_WORDS for w in low)
    ):
        return -1
    i = 0
    while i < len(low) - 1 and (low[i] in TITLE_WORDS or low[i] in PERSON_ROLES):
        i += 1
    # "Senate Majority Leader Chuck Schumer": everything up to the last personal title.
    for k in range(len(low) - 2, -1, -1):
        if low[k] in PERSONAL_TITLES and low[k] not in HONORIFICS:
            i = max(i, k + 1)
            break
    while i < len(low) - 1 and low[i] in TITLE_WORDS:
        i += 1
    if i > 0 and low[i - 1] in ("for", "of") and len(low) - i >= 3:
        i += 1  # "Secretary of State for Transport Ana Vale": the portfolio is in the title
    return i


# Common given names, to keep "she" off a man and "he" off a woman when no Mr/Mrs is written.
FEMALE_NAMES = _words(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret betty sandra ashley dorothy kimberly emily donna michelle carol amanda melissa
    deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna
    brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren
    joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
    kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
    beverly danielle theresa sophia marie diana natalie isabella charlotte rose lucy anne jane
    kate claire louise fiona alison gillian joanna harriet hillary hilary nicola yvette tessa
    caroline clare sue liz beth ellen eleanor jill maggie penny sally wendy yvonne zoe chloe
    sophie ruby ella mia ava aisha fatima priya sonia nadia elena irina olga ingrid anita
    angelina ursula kamala nancy theresa jacinda giorgia marine"""
)
MALE_NAMES = _words(
    """james robert john michael david william richard joseph thomas charles christopher
    daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
    timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
    justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis
    jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy
    harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse
    dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph
    randy eugene vincent russell elijah louis bobby philip johnny tony gordon ken ian neil
    nick tom tim jim bill bob mike dan ben sam chris charlie boris gerry oliver hugh simon
    martin colin graham malcolm nigel gareth dominic rishi keir ed liam craig stuart alastair
    alistair duncan gavin rory callum angus owen rhys dafydd emmanuel vladimir xi narendra
    recep benjamin olaf friedrich giuseppe pedro luis carlos miguel antonio francisco ahmed
    mohammed muhammad ali omar hassan ivan sergei dmitry jens mario ricardo"""
)


# Nationality adjectives: never a name on their own ("the Swedish firm").
NATIONALITY_ADJECTIVES = NATIONALITY | _words(
    """british german french american thai chinese japanese russian indian irish scottish
    welsh english european australian canadian israeli palestinian iranian iraqi afghan
    pakistani korean african italian spanish dutch swedish mexican brazilian turkish egyptian
    norwegian danish finnish polish greek portuguese swiss austrian belgian hungarian czech
    romanian bulgarian ukrainian saudi syrian lebanese jordanian nigerian kenyan ethiopian
    ghanaian vietnamese indonesian malaysian filipino singaporean taiwanese argentine
    argentinian chilean colombian peruvian venezuelan cuban jamaican asian arab latin
    western eastern northern southern"""
)


# Common nouns that open sentences in business and political news ("Sales increased"):
# never names, however they are followed.
COMMON_SUBJECTS = _words(
    """sales profits prices shares revenues revenue earnings exports imports costs rates
    markets stocks bonds yields growth demand production output unemployment inflation
    trade spending borrowing investment turnover income losses debts debt jobs wages
    figures numbers results talks plans tests trials votes polls"""
)
