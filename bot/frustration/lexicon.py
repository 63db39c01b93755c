# ruff: noqa: E501  (regular expressions and word lists read best on one line each)
"""Word lists and patterns the frustration detector matches (team-written).

Patterns are compiled lazily by ``detector`` on first use; nothing here does I/O.
Each service-failure pattern carries the topic it names in the customer's terms.
"""

from __future__ import annotations

# Insulting phrases (lower-cased substrings).
INSULT_PHRASES: tuple[str, ...] = (
    # round 33 (batch 89): "Who hires you people? Boots arrived in bits."
    "who hires you people",
    "who hired you people",
    # round 47 (batch 253): "Call yourselves a shop? Ye couldn't run a bath"
    "couldn't run a bath",
    "could not run a bath",
    # round 47 (batch 253): "Shower of eejits." (not the customer's own name for
    # themselves, a dog's or their bank's: "the eejit", "even an eejit could follow")
    "shower of eejits",
    "bunch of eejits",
    "bunch o eejits",
    "pack of eejits",
    "load of eejits",
    "you eejits",
    "ye eejits",
    "yous eejits",
    # round 47 (batch 257): "Fit a bunch o numpties." (not "proper numpty, me", "the
    # numpty" of a husband or "some numpty" who spilled a drink: round 47's check)
    "bunch of numpties",
    "bunch o numpties",
    "shower of numpties",
    "load of numpties",
    "pack of numpties",
    "you numpties",
    "ye numpties",
    "yous numpties",
    "useless numpt",
    "they're a proper numpt",
    "they are a proper numpt",
    "go to hell",
    "shut up",
    "screw you",
    "get lost",
    "piss off",
    "kiss my",
    "bite me",
    "up yours",
    "drop dead",
    "eat sh",
    "are you thick",
    "you all thick",
    "you're thick",
    "are you all thick",
    # round 32 (batch 68): "Are your staff thick or just pretending?"
    "are your staff thick",
    "your staff are thick",
    "brain dead",
    "braindead",
    "bunch of cowboys",
    # round 37 (batch 124): "my goats have more brains than your customer service team"
    "more brains than your",
    "more brains than you",
    "more sense than your",
    # round 41 (batch 176, its one cheerful reply read: "they're more honest than you
    # bloody lot. Give me my money back.")
    "more honest than you",
    "more honest than your",
    "you bloody lot",
    "you sodding lot",
    "what the f ",
    # round 45 (batches 204 and 207): "my bees are more organised than your delivery
    # team", "Y'all are dumber than a box of rocks"
    "more organised than your",
    "more organized than your",
    "are dumber than",
    "you're dumber than",
    "is dumber than a",
    # round 45 (batch 211): "Christ almighty, how thick are you lot?"
    "how thick are you",
    "how thick is your",
    # round 46 (batch 224): "Honestly the thickest customer service I've ever dealt with."
    "thickest customer service",
    "dumbest customer service",
    "stupidest customer service",
    "thickest staff",
)
# Phrases that look like an insulting phrase but tell what happened to a thing
# (round 7): "were the gift card to get lost in the post", "if it gets lost".
NOT_AN_INSULT = (
    # round 36 (batch 115): thieves who are not us ("the shed got broken into in March
    # and the thieves took, of all things, everyone's wellies")
    r"\b(the|some|a|two|three) (thie(f|ves)|burglars?|robbers?|crooks?)\b"
    r"(?! (like|just like|such as) (you|yourselves))|"
    # round 39 (batch 165): "he... hasn't shut up about them since"
    r"\b(hasn'?t|has not|won'?t|can'?t|doesn'?t|didn'?t|never) shut up about\b|"
    # round 39 (batch 150): the word a verb ("somebody thief it")
    r"\b(somebody|someone|they|dem|people) thief (it|them|my|the)\b|"
    # round 35 (batch 105): "every skate shoe i buy is either clown shoes or crushes my
    # toes"
    r"\bclown (shoes|feet|boots)\b|"
    # round 38 (batch 135): the customer's trade ("Quick one from a working clown",
    # "asking for a clown with very big feet", "one very happy clown")
    # (not "you're a clown", "run by a bunch of clowns", "what a total clown")
    r"(?<!you )(?<!you're )(?<!youre )(?<!what )(?<!such )(?<!like )(?<!are )(?<!is )"
    r"(?<!by )(?<!not )\b(a|one|as a|fellow|us|we) ((?!(of|total|complete|absolute|utter|proper"
    r"|right|bunch|load|pack|bloody|fucking)\b)\w+ ){0,2}clowns?('s|s')?"
    r"(?! (like|just like|such as) (you|yourselves))\b|"
    r"\b(to|might|may|could|would|will|can|did|does|didn't|doesn't|won't|it'll|ever) get lost\b|\bget lost (in|on|at|between|somewhere|during|along|again)\b"
    # the customer calling themselves names ("deleted the text like an idiot")
    r"|\b(like an?|i'?m an?|i am an?|i was an?|i'?m such an?|me being an?) "
    # round 19 (batch 35): "ordered the wrong size like an absolute clown bruh"
    r"((absolute|complete|total|utter|proper|right) )?(idiot|muppet|numpty|plonker|fool"
    r"|wally|pillock|div|dummy|clown|donut|melt)\b|\b(silly|idiot) me\b"
    # round 19 (batch 34): "Completely my own stupidity"
    r"|\bmy (own )?(stupidity|idiocy|dumbness)\b|\b(stupidity|idiocy) on my part\b"
    # round 32 (batch 82): a name in brackets for oneself ("Left the bag my boyfriend
    # gave me on the train (idiot).")
    r"|(?<=\()\s*(me[,. ]+)?(idiot|muppet|numpty|plonker|wally|div|dummy|clown|doughnut)"
    r"\s*[!.]*(?=\))"
    # round 32 (batch 78): "stupid" meaning "very" ("my feet are stupid wide")
    r"|\bstupid(ly)? (wide|narrow|big|small|long|short|high|flat|expensive|cheap|comfy"
    r"|comfortable|early|late|hot|cold|busy|tired|good|fast|quick|easy|light|warm)\b"
    # round 31 (batch 70): "I typed my old address into the order, total muppet move"
    r"|\b((total|complete|absolute|proper|utter) )?(muppet|idiot|numpty|clown|plonker|wally"
    r"|div|dummy|rookie) (move|moment|behaviou?r)\b(?! (by|from) (you|your|the))"
    # round 28 (batch 52): "I stupidly wore them on a 12-mile hike the first week"
    r"|\b(i|we) (very |so |really |rather )?(stupidly|foolishly|idiotically|dumbly)\b"
    # round 29 (batch 53): a fond name for someone else ("My dad is awful to buy for,
    # grumpy old sod, hates everything")
    r"|\b(grumpy|silly|daft|stubborn|miserable|cheeky|fussy|lucky|poor|awkward|soppy)"
    r" old (sod|git|goat|bugger|devil|fool|codger|bat|moo|so-and-so)\b"
    # round 32 (batch 77): a name called after the customer's own slip ("I typed my
    # OWN postcode wrong on SS-28814!!! Idiot!!!")
    r"|\b(i|i'?ve|i have) (typed|entered|put|gave|spelt|spelled|wrote|picked|ordered|chose"
    r"|selected|clicked|got) [^.?!]{0,50}\bwrong\b[^.?!]{0,30}[.!?]+\s*(idiot|muppet|numpty"
    r"|plonker|wally|div|dummy|clown|doughnut|donut)\b(?![.!]*\s+(you|your)\b)"
    # round 34 (batch 83): a swear word that only stresses praise ("Fucking love these
    # trainers"), "the bollocks" meaning the best ("These boots are the bollocks"),
    # a thief called names ("Some bastard broke into the lockers at work"), the
    # customer's own phone called one ("just my phone being a muppet"), a slip of
    # their own ("and, stupidly, dried them on a radiator") and rain ("Pissing down")
    r"|\b(fucking|fuckin|effing|bloody) (love|loving|loved|adore|brilliant|great|amazing"
    r"|comfy|comfortable|gorgeous|class|mint|perfect|ace|lush|superb|fantastic)\b"
    r"|\b(are|is|was|were|'re|'s) the (dog'?s )?bollocks\b"
    r"|\bsome (thieving )?(bastard|scumbag|scrote|toerag|git|sod)s? (has |have |had )?"
    r"(broke|broken|nicked|stole|stolen|pinched|swiped|robbed|took|taken|walked off|made off"
    r"|ran off|keyed|smashed|snatched|lifted)\b"
    r"|\bmy (own )?(phone|laptop|computer|tablet|ipad|wifi|wi-fi|internet|broadband|brain"
    r"|printer|browser) (being|is|was|'s) (a |an |so |just )?(muppet|idiot|stupid|numpty"
    r"|div|dummy|clown)\b"
    r"|(?<=,)\s*stupidly(?=,)|\b(and|but|then|so),? stupidly\b"
    r"|\bpiss(ing|ed) (it )?down\b"
    # round 37 (batch 107): what may happen to a thing ("Please, if the gift card get
    # lost, can you block it and send another one?")
    r"|\b(if|when|in case|should|whether)\b[^.?!,]{0,40}\bgets? lost\b"
    # round 38 (batch 140): a pet's fond name, the customer's own, advice given ("My
    # dog's eaten the left heel (little sod).", "Proper muppet, me - typed E3", "I'd be
    # an idiot to buy it")
    r"|\(\s*(the )?(little|cheeky|naughty|daft|silly|greedy) (sod|bugger|git|devil|monster"
    r"|menace|rascal|horror)\s*[!.]*\)"
    r"|\b(proper|total|absolute|complete|right|utter) (muppet|idiot|numpty|plonker|wally"
    r"|div|dummy|clown|doughnut|donut),? me\b"
    r"|\b(i'?d|i would|i'?ll|i will|you'?d|you would|anyone would|one would) be an? (\w+ )?"
    r"(idiot|fool|mug|muppet|numpty|madman) (to|not to)\b"
    # round 40 (batch 169): "Is there a size guide that's idiot proof?"
    r"|\b(idiot|fool|numpty|muppet)[- ]?proof\b"
    # round 40 (batch 173): "Me did think me parcel get lost"
    r"|\b(parcel|order|package|boots|shoes|it|they|delivery) (get|got|gets|go|went) lost\b"
    # round 41 (batch 185): "my workshop's at the end of a farm track, so couriers get
    # lost"
    r"|\b(couriers?|drivers?|vans?|visitors|people|he|she|we|i) (get|got|gets|go|went|keep"
    r" getting) lost\b"
    # round 43 (batch 194): a pet's fond name ("My springer spaniel has had the tongue
    # clean out of one of my new rigger boots. Entirely his doing, the little sod.")
    r"|\b(my|our|the) (\w+ )?(dog|puppy|pup|cat|kitten|spaniel|labrador|lab|terrier"
    r"|collie|retriever|whippet|lurcher|staffy|beagle|poodle|dachshund|hound|rabbit"
    r"|parrot|toddler|son|lad|nephew|grandson|boy)\b[^?]{0,150}\b(the|that|cheeky"
    r"|little) ((little|cheeky|naughty|daft|silly|greedy) )?(sod|bugger|git|devil"
    r"|monster|menace|rascal|horror)\b(?! (of a|at|in|on) (courier|driver|your|the))"
    # round 46 (batch 223): "damn" as a plain intensifier ("the resole job on my boots
    # damn good", "My old school shoes damn ugly one")
    r"|\bdamn (good|nice|great|comfy|comfortable|solid|fast|quick|shiok|chio|ugly|old"
    r"|pretty|cute|cool|smart|lucky|happy)\b"
)
# Mild swear words that do not count as abuse inside a routine question ("stupid question").
SOFT_INSULTS: frozenset[str] = frozenset(
    {"stupid", "damn", "crap", "piss", "jerk", "sod"}
)

# Insults and profanity, matched on de-obfuscated, lower-cased tokens (stems: prefix match).
INSULT_STEMS: tuple[str, ...] = (
    "idiot",
    "moron",
    "stupid",
    "imbecile",
    "clown",
    "muppet",
    "scum",
    "crook",
    "liar",
    "thie",
    "fuck",
    "fck",
    "fuk",
    "fucc",
    "fuc",
    "shit",
    "crap",
    "bastard",
    "bitch",
    "bullsh",
    "asshole",
    "arsehole",
    "ahole",
    "dick",
    "wanker",
    "prick",
    "twat",
    "dumbass",
    "damn",
    "bollocks",
    "cunt",
    "jerk",
    "loser",
    "retard",
    "piss",
    # round 45 (batch 206): "Bunch of drongos."
    "drongo",
)
# Exact tokens only (too short or ambiguous for prefix matching).
INSULT_WORDS: frozenset[str] = frozenset(
    {"ass", "sht", "fkn", "fking", "fk", "wtf", "stfu", "pos", "bs", "fml", "sod"}
)

# Words that say the customer is upset without naming a failure.
FRUSTRATION_WORDS: frozenset[str] = frozenset(
    {
        "frustrated",
        "frustrating",
        # round 29: "it's got mould on it. Manky!"; understatement and dialect
        "manky",
        "seething",
        "miffed",
        "peeved",
        "narked",
        "unimpressed",
        "frustration",
        "annoyed",
        "annoying",
        "ridiculous",
        "unacceptable",
        "disgusting",
        "disgraceful",
        "disgrace",
        "worst",
        "terrible",
        "awful",
        "pathetic",
        "useless",
        "debacle",
        "disappointed",
        "disappointing",
        "rubbish",
        "incompetent",
        "incompetence",
        "scam",
        "scammers",
        "horrible",
        "fuming",
        # round 20 (batch 36): "Honestly raging.", "She was mortified."
        "raging",
        "mortified",
        "furious",
        "livid",
        "appalling",
        "appalled",
        "shocking",
        "shambles",
        "nightmare",
        "laughable",
        "poor",
        "bad",
        "hopeless",
        "angry",
        "upset",
        "outraged",
        "outrageous",
        "insane",
        "absurd",
        "unbelievable",
        "unreal",
        "fraud",
        "ripoff",
        "garbage",
        "trash",
        "lousy",
        "mess",
        "wasted",
        "waste",
        "ignored",
        "ignoring",
        "unhelpful",
        "clueless",
        "inexcusable",
        "unprofessional",
        "rude",
        "sucks",
        "suck",
        "sucked",
        "ugh",
        "smh",
        "fail",
        "failed",
        "fails",
        "failing",
        "disappointment",
        "neglect",
        "misleading",
        "lied",
        "lies",
        "lying",
        "disgusted",
        "dreadful",
        "gutted",
        "unhappy",
        "dissatisfied",
        "displeased",
        "irritated",
        "irritating",
        "exasperated",
        "infuriating",
        "infuriated",
        "horrendous",
        "atrocious",
        "abysmal",
        "diabolical",
        "shoddy",
        "farce",
        "sloppy",
        "careless",
        "dishonest",
    }
)
# Ambiguous upset words: they count half (e.g. "bad", "poor" also describe fit or weather).
WEAK_FRUSTRATION_WORDS: frozenset[str] = frozenset(
    {
        "bad",
        "poor",
        "fail",
        "failed",
        "fails",
        "failing",
        "mess",
        "careless",
        "waste",
        "wasted",
        "upset",
        "angry",
        "insane",
        "unreal",
        "ugh",
        "smh",
        "annoying",
        "suck",
        "sucks",
    }
)
# Asking us to put a failure right (round 21, batch 39: "I'd like to know what you
# plan to do about it", "My loyalty points went from 2,400 to 0 overnight... I'd like
# them put back"): beside a failure, a complaint however calm the learned model reads it.
REMEDY_DEMANDS: tuple[str, ...] = (
    "going to do about it",
    "going to do about this",
    # round 46 (batch 219): "I'd like to know what you're gonna do about it"
    "gonna do about it",
    "gonna do about this",
    "plan to do about it",
    "planning to do about it",
    "intend to do about it",
    "propose to do about it",
    "like them put back",
    "like it put back",
    "want them put back",
    "want it put back",
    "like them reinstated",
    "want them reinstated",
    "like them restored",
    "want them restored",
    # round 22 (batch 41): "I'd rather not pay for a repair on something so new"
    "rather not pay for a repair",
    "rather not pay for the repair",
    "shouldn't have to pay for a repair",
    "shouldn't have to pay for the repair",
)
# A failure the customer calls a complaint (round 22, batch 41: "I hate to complain, I
# really do, but the soles... have worn through in five months", P(complaint) 0.18):
# with a failure, the learned model's veto does not clear it, as with REMEDY_DEMANDS.
# Not "anything you can do": the customer's own doing asks it too ("I know that's on
# me. Is there anything you can do?").
REMEDY_ASKS: tuple[str, ...] = (
    *REMEDY_DEMANDS,
    "hate to complain",
    "sorry to complain",
    # round 27 (batch 50): "My points balance went from 2,400 to zero overnight. I'd
    # like to know where they've gone" (P(complaint) 0.23)
    "like to know where they",
    # round 33 (batch 90): "I'd like to know why my loyalty points went from 4,200 to
    # zero overnight" (P(complaint) 0.21)
    "like to know why",
    "like to know where it",
    "want to know where they",
    "want to know where it",
    # round 29 (batch 53): "I don't want to make a fuss, but the courier was quite
    # short with my elderly neighbour"
    # (not "he's not one to complain, so I took them in": the customer's own)
    "don't want to make a fuss",
    "dont want to make a fuss",
    "do not want to make a fuss",
    "don't want to cause a fuss",
    "dont want to cause a fuss",
    "don't mean to grumble",
    "don't mean to complain",
    "don't mean to moan",
    "i'm not one to make a fuss",
    "i'm not one to complain",
    "i am not one to complain",
    # a failure with a plea to fix it (twcs: "... not working error code 200, done a
    # power cycle and still the same? Please fix app")
    "please fix",
    "pls fix",
    "plz fix",
    "just fix it",
    "fix it please",
    "fix this please",
    # round 33 (batch 75): "green ones came instead of black, and I want it sorted
    # today" (P(complaint) 0.09)
    "want it sorted",
    "want this sorted",
    "want them sorted",
    # round 33 (batch 86): "the points I earned over two years have just vanished...
    # Where did they go?" (P(complaint) 0.09)
    "where did they go",
    "where have they gone",
    "where did it all go",
    # round 33 (batch 89): "Guarantee claim closed, boots unexamined. Explain?"
    ". explain?",
    "explain yourselves",
    # round 40 (batch 175): "sending my son a size 13 when he is a size 8... Please send
    # the right ones." (P(complaint) 0.09)
    "please send the right",
    "send me the right",
    "send us the right",
    # round 46 (batches 228 and 231): "That's about 800 points. Please add them.",
    # "Where's the money gone?"
    "please add them",
    "add them please",
    "where's the money gone",
    "where has the money gone",
    "where did the money go",
)
# A failure's cost to the customer, told however politely (round 29, batch 53: "The
# trainers arrived as two left feet, which has made things rather tricky for my
# daughter", P(complaint) 0.17): with a failure, the veto does not clear it.
FAILURE_IMPACT = (
    r"\b(made|making|makes|make) ([a-z']+ ){1,3}(rather |quite |very |a bit |a little "
    r"|really |extremely |incredibly )?(tricky|difficult|awkward|hard|stressful"
    r"|complicated|impossible)\b"
    # round 32 (batch 80): "it's two left shoes. First day at the new job is tomorrow
    # morning."
    # (round 46, batch 229: "I needed the shoes for an interview tomorrow")
    r"|\b(first day (at|of) (the|my) new (job|school)|(my|the|an) (job )?interview|(my|the)"
    r" funeral|(my|the|our) wedding|(my|the) first shift|(my|the) exam)( is|'s)? (tomorrow"
    r"|tonight|in the morning|this afternoon|first thing)\b"
    # round 33 (batch 86): "The box was soaked through, and so were the boots inside."
    r"|\band so (were|was) the (\w+ )?(boots|shoes|trainers|contents|bag|items?|things"
    r"|pair|wellies|sandals) inside\b"
    # round 34 (batch 95): "That's bus fares and an afternoon gone."
    # round 38 (batch 142): "That's my whole lunch break."
    r"|\b(that'?s|there goes) (my|our) (whole |entire )?(lunch break|lunch hour|afternoon"
    r"|morning|day off|evening)\b"
    r"|\b(an|the|a whole|my|our) (afternoon|morning|day|evening|lunch break|day off"
    r"|weekend) (gone|wasted)\b"
    # round 46 (batches 218 and 225): another way in, after the failure of the first
    # ("Been on hold an hour and twenty minutes now. Thought I'd try here instead.")
    r"|\b(try|trying|writing|messaging|asking|contacting) (you )?(here|on here|this way"
    r"|on (the )?chat|via (the )?chat|on twitter) instead\b"
    # round 47 (batch 242): "Man's been on hold 45 minutes, gave up, now typing this
    # instead."
    r"|\b(typing|writing|sending) (this|you this) instead\b(?! of\b)"
    # round 47 (batch 251): "been on hold fifty minutes now. That's a full dog walk."
    r"|\bthat'?s (a|my) (full|whole|entire) (dog walk|walk|lunch|film|episode|match"
    r"|football match|shift)\b"
)
# A failure told as one of a run (round 30, batch 56: "brilliant, 3rd wrong size in a
# row. am i collecting the set?", P(complaint) 0.16; "points not added. 4th order
# now"): with a failure, the veto does not clear it.
# The same instruction given again and again (round 40, batch 175: "told me to 'check
# my order status' eleven times"): a failure, and one told as a run.
TOLD_TO_REPEATEDLY = (
    r"\b(told|asked) (me|us) to\b[^.?!]{0,40}\b(three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d+) times\b"
)
REPEATED_FAILURE = (
    r"\bin a row\b|\bevery single (time|order)\b|\b(\d+(st|nd|rd|th)|third|fourth|fifth"
    r"|sixth|seventh) (time|order|pair|parcel|delivery|attempt|email|call|chat)s?"
    r" (now|running|this (week|month|year))\b"
    # round 38 (batch 134): "Third time ko na po asking: when will the store credit
    # from my return appear?"
    r"|\b(third|fourth|fifth|sixth|\d+(rd|th)|umpteenth) time (i'?m |i am |of |(\w{1,3} )"
    r"{1,3})?(asking|chasing|writing|emailing|messaging|contacting)\b"
    # round 32 (batch 74): "I've rung the Birmingham store six times today"
    r"|\b(rung|rang|called|phoned|tried|emailed|messaged|chased)\b[^.?!]{0,30}\b(\d+|three"
    r"|four|five|six|seven|eight|nine|ten|a dozen) times (today|this morning|this week"
    r"|now|already|since)\b"
    # round 40 (batches 174 and 175): "I'm on four, and counting", "has now told me to
    # 'check my order status' eleven times"
    r"|\band counting\b|" + TOLD_TO_REPEATEDLY
)
# Pushing back on an answer (round 15, the kinds DEV15 teaches the learned model):
# upset phrases, and a question holding one is no routine question ("so what are you
# going to do about it?", "how does that help me now?").
PUSHBACK_PHRASES: tuple[str, ...] = (
    *REMEDY_DEMANDS,
    "doesn't answer my question",
    "didn't answer my question",
    "does not answer my question",
    "not what i asked",
    "not what happened",
    "already tried that",
    "already tried this",
    "already did that",
    "already done that",
    "i already told you",
    "how does that help",
    "how is that helpful",
    "copy and paste",
    "copy-paste",
    "copy pasted",
    "same reply",
    "same answer",
    "same response",
    # round 16 (batch 28): "been on this chat 45 minutes and I'm back where I started"
    "back where i started",
    "back to square one",
    "going round in circles",
    "going around in circles",
    "none the wiser",
    # round 41 (batch 185): "yuh chat bot sending mih round and round de same three
    # options"
    "round and round",
)
# Phrases (lower-cased, matched as substrings) that are upset in themselves.
FRUSTRATION_PHRASES: tuple[str, ...] = (
    "fed up",
    "sick of",
    "had enough",
    "enough is enough",
    "not happy",
    "not impressed",
    "not good enough",
    "not ok",
    "not okay",
    "what a joke",
    "are you kidding",
    "you're kidding",
    "you have got to be",
    "seriously?",
    "come on",
    "how hard is it",
    "how difficult is it",
    "how many times",
    "no one cares",
    "nobody cares",
    "no one is helping",
    "nobody is helping",
    "no help",
    "zero help",
    "no response",
    "no reply",
    "no answer",
    "keep getting",
    "keeps happening",
    "yet again",
    "once again",
    "again and again",
    "every single time",
    "beyond a joke",
    "at a loss",
    "gave up",
    "giving up",
    "lost patience",
    "losing patience",
    "my patience",
    "patience is",
    "getting silly",
    "ever going to",
    "ever arrive",
    "ever get my",
    "ever see my",
    "what's the point",
    "what is the point",
    "why do i bother",
    "why does it take",
    "why is it taking",
    "why do you keep",
    "why am i still",
    "why has nobody",
    "why has no one",
    "it's a joke",
    "is a joke",
    "wasting my time",
    "waste of time",
    "worst customer",
    "worst service",
    "dont care",
    "don't care",
    "doesn't care",
    "do better",
    "step up",
    "second time",
    "third time",
    "fourth time",
    "fifth time",
    # round 28 (batch 52): "Same question as Monday, Wednesday and yesterday: when
    # will the scouts' boots be dispatched?", "I'd like to know how I'm meant to
    # exchange it."
    "same question as",
    "why is this so difficult",
    "why is it so difficult",
    "why is this so complicated",
    "why is it so complicated",
    "like to know how i'm meant to",
    "like to know how i am meant to",
    "like to know how i'm supposed to",
    "like to know how i am supposed to",
    # round 29: understatement ("not best pleased", "a bit of a let down")
    "cheesed off",
    "hacked off",
    "brassed off",
    "not amused",
    "not best pleased",
    "not too pleased",
    "not very pleased",
    "not overly impressed",
    "not very impressed",
    "less than impressed",
    "less than happy",
    "less than ideal",
    "bit of a let down",
    "bit of a letdown",
    "real let down",
    "feel let down",
    "felt let down",
    "feeling let down",
    "expected better",
    "times now",
    "times already",
    "hear about this",
    "shame on you",
    "ashamed",
    "this hard",
    "you lie",
    "y'all lie",
    "why won't",
    "why can't",
    "why doesn't",
    "why isn't",
    "why is this happening",
    "inept",
    "csfail",
    "so hard",
    "shouldn't be",
    "should not be",
    "every day about",
    "until it's fixed",
    "until it is fixed",
    "benefit of the doubt",
    "nonsense",
    "😩",
    "😫",
    "😑",
    "😣",
    "😞",
    "😤",
    "😡",
    "🤬",
    "😠",
    "🙄",
    "🤦",
    "what is going on",
    "what's going on",
    "said no one",
    "said nobody",
    "sort it out",
    "sort this out",
    "get it together",
    # round 27 (batch 50): "the courier left them IN THE PIG FIELD!!!!! who does that?!?!"
    # (not "do you know anyone who does that")
    "who does that?!",
    "who does that!",
    "who even does that",
    # round 35 (batch 93): "The insole is glued in. Please explain how that's meant to
    # work."
    "how that's meant to work",
    "how that is meant to work",
    "how is that meant to work",
    "how that's supposed to work",
    "how is that supposed to work",
    *PUSHBACK_PHRASES,
)

# Threats to leave, to go public or to sue.
THREAT_PHRASES: tuple[str, ...] = (
    "never again",
    "never ordering",
    "never order from",
    "never buying",
    "never shop",
    "never use you",
    "never using",
    # round 27 (batch 51): not "the last time I wore heels on grass I sank"
    "last time i order",
    "last time i buy",
    "last time i shop",
    "last time i use",
    "last time i'll",
    "last time i will",
    "last time i ever",
    "last time i'm",
    "last time i am",
    "last time i spend",
    "last time i deal",
    "last time i trust",
    "last time i recommend",
    # round 20 (batch 36): not "the points from my last order"
    "be my last order",
    "is my last order",
    "was my last order",
    "my last ever order",
    "last order from you",
    "last order with you",
    "last order ever",
    "take my business",
    "taking my business",
    "shop elsewhere",
    "never recommend",
    "won't recommend",
    "wouldn't recommend",
    "would not recommend",
    "won't be recommending",
    "go elsewhere",
    "going elsewhere",
    "buy elsewhere",
    "switching to",
    "close my account",
    "delete my account",
    "cancel my account",
    # round 31 (batch 69): "I'm closing my account. Enjoy losing the whole staffroom"
    "closing my account",
    "enjoy losing",
    "lost a customer",
    "lost a loyal",
    "losing a customer",
    "leave a review",
    "leaving a review",
    # round 41 (batch 184): "I'll be pittin a review on every site I can find"
    "review on every site",
    "reviews on every site",
    "1 star",
    "one star",
    # round 33 (batch 76): "I'm leaving one-star reviews everywhere I can"
    "1-star",
    "one-star",
    "trustpilot",
    "post this",
    "posting this",
    "tell everyone",
    "telling everyone",
    "tell all my",
    "telling all",
    # round 32 (batch 81): "One more missed delivery like this and that stops, and
    # I'll tell the other parents at the gate exactly why."
    "tell the other parents",
    "one more missed",
    # round 47 (batch 242): "Carry on like this and the whole lot goes elsewhere."
    "carry on like this and",
    "keep this up and",
    "avoid you",
    "stay away from",
    "somewhere else",
    "other companies",
    "another company",
    "a competitor",
    "your competitor",
    "social media",
    "going public",
    "the press",
    "the news",
    "watchdog",
    "trading standards",
    "ombudsman",
    # round 34 (batch 95): "before I file a small claim"
    "small claim",
    "chat transcript",
    "transcript online",
    "lawyer",
    "solicitor",
    "attorney",
    "legal action",
    "sue you",
    "suing",
    "take you to court",
    "see you in court",
    "to court",
    "court action",
    "county court",
    "chargeback",
    "charge back",
    "dispute with my bank",
    "report you",
    "reporting you",
    "bbb",
    "better business bureau",
    "consumer rights",
    "#neveragain",
    "unfollow",
    "dispute",
    "disputing",
    "contacting my bank",
    "contact my bank",
    "call my bank",
    "calling my bank",
    "card provider",
    "card company",
    "reverse the payment",
    "reverse the charge",
    "reverse the transaction",
    "paypal claim",
    "claim with paypal",
    "open a case",
    "open a claim",
    "citizens advice",
    "complain to",
    "complaining to",
    "report this to",
    "reporting this to",
    "reporting this",
    "lost my business",
    "lose my business",
    "losing my business",
    "lost my custom",
    "not to order from",
    "not to buy from",
    "not to shop",
    "bad review",
    "negative review",
    "honest review",
    "write a review",
    "writing a review",
    "on twitter",
    "on facebook",
    "on instagram",
    "on tiktok",
    "on reddit",
    "on x ",
    "will be hearing about",
    "will be hearing from",
    "be hearing from my",
    "to the papers",
    # round 26 (read batches 10 and 22): a video or a post about us, a draft held over
    # us ("I'll be making a TikTok about your 'guaranteed' delivery unless...")
    "a tiktok about",
    "a video about",
    "facebook group",
    "not to publish",
    # round 26 (read batches 6, 7, 21 and 27): "I'll be putting this all over tiktok",
    # "I'll take my custom to the shop next door", "taking my business elsewhere",
    # "I'm done shopping with you", "a letter to my MP"
    "all over tiktok",
    "all over twitter",
    "all over facebook",
    "all over instagram",
    "take my custom",
    "taking my custom",
    "take my business",
    "taking my business",
    "business elsewhere",
    # round 38 (batch 139): "or I take the whole estate's order elsewhere"
    "order elsewhere",
    "orders elsewhere",
    "custom elsewhere",
    "done shopping with you",
    "letter to my mp",
    # round 36 (batch 109): "Close my loyalty account. Done with you." (whole words:
    # not "done with your form")
    "done with you",
    # round 36 (batch 106, the one row read of the final blind: its cheerful reply):
    # "Twenty of us at the depot buy our boots from you. After how you've handled my
    # claim, that's about to stop."
    "that's about to stop",
    "that is about to stop",
    # round 43 (batch 194): "after this I'll be takin' my money up the road"
    "my money up the road",
    "my money down the road",
    "my money elsewhere",
    "my money somewhere else",
    "custom up the road",
    "business up the road",
    # round 44 (batch 201): "Carry on like this and I'm taking my money to the farm
    # supplies in Hawes instead."
    "taking my money to",
    "take my money to",
    "taking my money elsewhere",
    "take my money elsewhere",
)
# Word of mouth: a threat in a complaint ("telling everyone at the school gate"), none in
# sincere praise (round 22, batch 42: "she says thank you very much and she's telling
# everyone at her lunch club").
WORD_OF_MOUTH: frozenset[str] = frozenset(
    {
        "tell everyone",
        "telling everyone",
        "tell all my",
        "telling all",
        "a tiktok about",
        "a video about",
        "facebook group",
        "all over tiktok",
        "all over twitter",
        "all over facebook",
        "all over instagram",
    }
)
# Going public on a platform or in a review, or a dispute: routine in a question ("can I leave a
# review?", "are you on Instagram?").
# Threat phrases that count only as whole words (round 31, batch 71: "Can I stack the
# newsletter code on top of that?" is no "the news"; nor is "last time I ordered the
# wide fit" "last time I order", nor "in June one started letting water in" "one
# star"). Other phrases match as prefixes on purpose ("never shopping with you
# again").
WHOLE_WORD_THREATS: frozenset[str] = frozenset(
    {"the news", "last time i order", "one star", "done with you"}
)
# The customer's card provider or bank stopped their card or account (round 39, batch
# 163): their own business with another firm, neither a threat nor our failure.
CARD_PROVIDER_STOPPED = (
    r"\bmy (card provider|card company|card issuer|bank)( has| have|'s| had)? (frozen"
    r"|blocked|locked|suspended|flagged|stopped)\b"
)
# A payment firm's outage (round 14, batch 23: "PayPal seems to be down"): another
# firm's failure, not ours.
PAYMENT_FIRM_DOWN = (
    r"\b(paypal|klarna|clearpay|apple pay|google pay|my bank|my bank'?s app)('s| is| are"
    r"| seems to be| seem to be| appears to be| looks to be)( currently| still)?( having)?"
    r" (an )?(outage|down|offline|not working|playing up)\b"
    # round 48 (batch 259): "My PayPal's been up the creek all week, their end"
    r"|\b(paypal|klarna|clearpay|apple pay|google pay|my bank|my bank'?s app)('s| has"
    r"| have) been (up the creek|down|offline|playing up|on the blink|having (an )?outage)\b"
)
# Phrases that hold a threat phrase but tell the customer's history (round 32, batch
# 82: "because I've never shopped with you before"): set aside before the search.
NOT_A_THREAT = (
    r"\bnever shopped( with (you|them|us)| here| online)?( \w+)? before\b"
    # round 35 (batch 93): "having been through that with other companies over the
    # years"
    r"|\b(been through (that|this|it|the same)|dealt|dealing) with other companies\b"
    # round 37 (batch 128): "If it doesn't come by Friday, would I get the delivery
    # charge back?" (not "I'd like the delivery charge back")
    r"|\b(would|will|do|could|can) (i|we) (get|have) (the|my) (delivery|postage|shipping"
    r"|p&p) charge back\b"
    # round 37 (batch 120): "My old work shoes split... Never again. Looking for
    # something really sturdy"
    r"|\bnever again[.!]*\s+(i'?m )?(looking for|after|want|need|i want|i need) (something"
    r"|a pair|some|a new pair|another pair)\b"
    # round 38 (batch 138): "I did the Three Peaks in road trainers like an idiot and
    # now I've got blisters on my blisters. Never again."
    r"|\blike an? (absolute |total |complete |right )?(idiot|muppet|numpty|plonker|fool"
    r"|wally|clown)\b[^?]{0,80}\bnever again\b"
    # round 39 (batch 151): the customer's trade signed off ("With thanks, J. Whitfield,
    # Solicitor"), and boots worn to work ("Ten years wearing your boots to court.")
    r"|, (solicitor|barrister|lawyer|paralegal)s?( at law)?[.!]*\s*$"
    # round 39 (batch 163): "My card provider has frozen my account over something
    # unrelated"
    r"|"
    + CARD_PROVIDER_STOPPED
    + r"|\b(wear|wearing|wore|worn|walk|walking|walked)\b[^.?!]{0,30}\bto court\b"
)
SOFT_THREATS: frozenset[str] = frozenset(
    {
        # round 19 (batch 35): asking whether the Consumer Rights Act covers a thing
        "consumer rights",
        "leave a review",
        "leaving a review",
        "write a review",
        "writing a review",
        "honest review",
        "on twitter",
        "on facebook",
        "on instagram",
        "on tiktok",
        "on reddit",
        "on x ",
        "a tiktok about",
        "a video about",
        "facebook group",
        "all over tiktok",
        "all over twitter",
        "all over facebook",
        "all over instagram",
        "social media",
        "dispute",
        "somewhere else",
        "another company",
        "other companies",
    }
)

# A threat given as an ultimatum (round 34, batch 95: "Fix my order today or we take our
# business elsewhere", "Final chance before I file a small claim"): the learned
# model's veto does not clear it.
ULTIMATUM = (
    r"\b(or (else )?|otherwise |before )(i|we)('ll| will| shall)? (take|go|file|report|leave"
    r"|cancel|post|contact|raise|open|call|start|put|write)\b|\b(final|last) (chance|warning)\b"
    # round 37 (batch 106, read this round): "Twenty of us at the depot buy our boots
    # from you. After how you've handled my claim, that's about to stop."
    r"|\bthat('?s| is) about to stop\b"
    # round 45 (batch 207): "If this order isn't sorted by the weekend, I'll be telling
    # all 3,000 of my followers"
    r"|\bif (this|my|the|it|our)( \w+){0,3} (isn'?t|is not|hasn'?t been|has not been"
    r"|aren'?t|are not|haven'?t been|have not been|doesn'?t get|don'?t get) (sorted"
    r"|fixed|resolved|refunded|replaced|sent|delivered|here)( out)? by\b"
)

# An explicit request for a person.
HUMAN_REQUEST_PATTERNS: tuple[str, ...] = (
    # not a chat the customer had ("had a nice chat with the people in line", round 11)
    r"(?<!\ba )(?<!\bnice )(?<!\bgood )(?<!\bquick )(?<!\blovely )(?<!\bgreat )(?<!\blong )"
    r"(?<!\blittle )\b(speak|talk|chat|get|put me through|connect me|transfer me)\b"
    # ... nor shoes put on someone (round 39, batch 146: "easier to get on someone who's
    # seated")
    r"(?!\s+((them|it|these|those|boots|shoes) )?on(to)? (someone|somebody|people)\b)"
    # ... not a noun ("the chat person was so patient")
    # ... within one clause ("can't get to a post office, could someone collect them",
    # round 13)
    r"(?!\s+(person|people|team|agents?|staff|support|advis[eo]rs?)\b)[^.,;!?]{0,25}\b(humans?|person|people|agents?|managers?|supervisors?|someone|somebody|representatives?|reps?|staff|operators?|advisors?|advisers?)\b"
    # ... nor one described (round 36, batch 111: "I asked about sizing on your chat
    # last week and the person was patient")
    r"(?!\s+(was|were)\b)",
    r"\b(real|actual|live|human)\s+(person|human|agent|being|people|representative|body)\b",
    # round 39 (batches 158 and 160): "could you put me through to Sophie who I spoke to
    # on Monday? Or any human will do."
    # (asked for, not told of: "The operator put me through to the shop")
    r"\b(could|can|would|will|please) (you |u |du |ye )?(please |just )?(put|pit) me through"
    r" (to|tae)\b|\bany (human|person|one of you) will do\b",
    r"\b(human|agent|manager|supervisor|representative|operator)\s*(please|pls|now)\b",
    r"\b(let|can|could) me (speak|talk)\b",
    # not "Nothing to escalate." (round 34, batch 94)
    r"(?<!nothing to )(?<!no need to )(?<!don't need to )(?<!dont need to )\bescalate\b",
    # round 31 (batch 64): "I'd like this escalated."
    r"\b(like|want|need|have) (this|it|my (complaint|case|issue|query)) escalated\b",
    r"^\s*(agent|human|representative|operator|manager)\s*[.!?]*\s*$",
    r"\bstop (sending|giving) me (bot|canned|automated)",
    r"\bnot a (bot|robot|machine)\b",
    # (round 37, batch 127: not "if I order boots for a member of staff")
    r"(?<!for a )(?<!for our )(?<!for my )(?<!for each )(?<!for every )(?<!new )(?<!one )"
    r"\bmember of (staff|the team|your team)\b",
    r"\b(want|need) an? (person|human|agent)\b",
    r"\b(is|are) (there )?(a |an |any )?(human|real person|person|agent|staff|people|anyone|anybody|someone|somebody)( from [a-z ]{2,20})? (available|there|around|about|online)\b",
    r"\b(human|person|agent|someone|somebody) (to )?take over\b|\btake over\b.{0,15}\b(human|person|agent)\b",
    r"\b(don'?t|do not) want (a|to talk to a|to speak to a|your) (bot|robot|machine|chatbot)\b",
    # "is anyone human working today?", "can a human look at my points balance"
    r"\b(is|are) (there )?(anyone|anybody|someone|somebody) (human|real)\b",
    r"\b(can|could|will|would) (a|an|any|some) (human|real person|actual person|member of staff)\b.{0,20}\b(look|check|help|deal|review|read|sort)\b",
    # round 10: "is there a human I can chat to?", "any humans around?"; round 11: "...
    # I can DM?"
    r"\b(human|real person|actual person|person|agent|someone|somebody|anyone|anybody|member of staff|advis[eo]r) (i|we) (can|could) ((speak|talk|chat) (to|with)|message|dm|email|ring|call|phone|contact)\b",
    r"\bany (humans|real people|agents) (around|there|about|online|available)\b",
    # round 12, after reading batch 16: "I'd like a human to go through...", "hand me
    # over to someone on the team", "book a phone call with a staff member"
    r"\b(want|need|'?d like|would like|'?d prefer|would prefer) (a|an|to have a) (human"
    r"|real person|actual person|person|agent|member of staff|staff member"
    # round 32 (batch 68): "I'd like a manager to call me about my order, please."
    r"|manager|supervisor|team leader)\b",
    r"\b(hand|pass|put) (me|this( chat)?|us) (over |on |through )?to (someone|somebody"
    r"|a (person|human|colleague|member of (staff|the team))|one of (your|the) (team|staff"
    r"|colleagues))\b",
    # round 15 (batch 26): "Could a person ring me on 07700 900123 instead?"
    r"\b(can|could|would|will) ((a|an|any|some|one of your) )?(person|human|real person"
    # (round 38, batch 142: "can someone real ring me?")
    r"|actual person|member of staff|staff member|advis[eo]r|agent|(someone|somebody)( real)?"
    r"|colleague"
    # round 37 (batch 106): "Could a manager give me a ring about my order, please?"
    r"|colleagues|manager|supervisor|team leader)( from [a-z ]{2,20})? (please )?((ring"
    r"|call|phone|contact|speak to|talk to|get back to) (me|us)|give (me|us) a (ring|call"
    r"|bell))\b"
    # (round 41, batch 185: not a step of a service asked about, "If I send a pair in
    # for resoling..., would someone contact me before doing any work?")
    r"(?! (first )?(before (doing|starting|going ahead|carrying|proceeding|any|they|you"
    r"|work)|if (the|it|they|there|anything))\b)",
    r"\b(phone call|video call|call|appointment|chat) with (a|an|one of your|someone from"
    r"|a member of) (staff member|member of staff|human|person|agent|colleague|advis[eo]r"
    r"|your (team|staff))\b",
)

# Service failures told with or without negative words: (regex, topic).
# Colours of shoes and bags, for a pair or an order in the wrong one (round 41).
COLOURS_ALT = (
    "black|brown|tan|navy|blue|white|red|pink|green|grey|gray|beige|cream|burgundy"
    "|purple|yellow|orange|silver|gold|khaki|olive|nude|oxblood"
)
MONTHS_ALT = (
    "january|february|march|april|may|june|july|august|september|october|november"
    "|december"
)
# What the shop sells, for "paid for X, got a Y" (round 45).
PRODUCTS_ALT = (
    r"boots|shoes|trainers|sandals|heels|slippers|wellies|loafers|brogues|handbag|bag"
    r"|belt|wallet|purse|socks|insoles|laces"
)
# One shoe of a pair, by its kind (round 47, batch 247: "one black boot and one brown
# boot").
ONE_OF_A_PAIR = r"(boot|shoe|trainer|sandal|slipper|welly|heel|loafer|brogue)"
# Round 43 (batch 197): an order meant for a day now gone that came after it ("My order
# was meant for my wedding last Saturday. It arrived this morning.")
MEANT_FOR_A_DAY_GONE = (
    r"\b(meant|supposed|needed|wanted|ordered|bought|got) (to be |them |it )?for (my|our"
    r"|the|his|her|their|a) (\w+'?s? )?(induction|wedding|holiday|trip|event|party"
    r"|birthday|interview|christening|funeral|graduation|race|match|show|concert|final"
    r"|tournament|game|exam|gig|performance|competition|ceremony|prom|parade|course)\b"
    r"[^.?!]{0,40}\b(yesterday|last (week|night|weekend|\w+day)|on (\w+day|the \d+(st"
    r"|nd|rd|th)?))\b[^?]{0,40}?\b(arrived|came|turned up|got here|showed up|was"
    r" delivered|were delivered)( only)? (this morning|today|this afternoon|just now"
    r"|yesterday)\b"
)
# Round 46 (batch 216): an order due before a day that has come without it ("The shoes
# for the little lad I mind were meant to be here for his first day at school. First
# day was today.")
DUE_BEFORE_A_DAY_GONE = (
    r"\b(meant|supposed|due) to (be here|arrive|come|turn up|be delivered|get here)"
    r" (for|by|before|in time for) ([\w']+ ){0,4}(first day|induction|wedding|holiday"
    r"|trip|party|birthday|interview|christening|funeral|graduation|race|match|exam"
    r"|ceremony|prom|start date)\b[^?]{0,60}\b(was|were|started|began) (today|yesterday"
    r"|this morning|last (week|night|weekend|\w+day))\b"
    # (to the arrival that ends it, when one does: the match must reach past it, or the
    # arrival would read as settling the story, heldout69: "meant to arrive before the
    # school trip. The trip was yesterday. The shoes came this morning.")
    r"([^?]{0,60}\b(arrived|came|turned up|got here|were delivered|was delivered)"
    r" (this morning|today|this afternoon|just now)\b)?"
)
# A failure told to its end with a word of arrival (round 31, batch 60: "I ordered the
# shoes for my daughter's christening on the 2nd. The christening was yesterday. The
# shoes arrived this morning."): the arrival it ends on settles nothing.
ARRIVED_AFTER_THE_DAY = (
    # round 37 (batch 121): "the safety boots arrived just in time: two days after my
    # induction"
    r"\b(arrived|came|turned up|got here)\b[^.?!]{0,30}\b((two|three|four|five|six|\d+"
    # (round 37, batch 122: "the shoes arrived the day after my league final")
    r"|a few|several) (days?|weeks?)|the day|a day|a week) after (my|the|our|his|her)"
    r" (\w+ )?(induction|wedding|holiday|trip|event|party|birthday|interview|first (day"
    r"|shift)|start date|race|match|show|concert|christening|funeral|graduation|final"
    r"|tournament|game|exam|gig|performance|competition)\b|"
    r"\b(christening|wedding|party|funeral|event|birthday|eid|diwali|christmas|hanukkah"
    r"|interview|race|show|recital|ceremony|graduation|prom|holiday|trip|do) (was|were)"
    # round 46 (batch 225: "Her birthday was the 6th. The parcel arrived this morning,
    # the 8th."): a day or a date without "on" (not "today")
    r" (yesterday|last (week|night|\w+day)|(on )?((?!today)\w+day|the \d+(st|nd|rd"
    r"|th)?))\b"
    r"[^?]{0,60}\b(arrived|came|turned up|got here|were delivered|was delivered)"
    r" (this morning|today|this afternoon|just now)\b"
    # round 36 (batch 111): "Ordered boots specifically for the Remembrance parade on
    # the 11th. It's the 12th. They arrived this morning."
    # round 47 (batch 247): "for my interview on Monday and paid for nominated day. The
    # interview has come and gone. The shoes arrived today."
    r"|\b(christening|wedding|party|funeral|event|birthday|interview|race|show|recital"
    r"|ceremony|graduation|prom|holiday|trip|day|date) (has|had|'s) (come and gone|been"
    r" and gone)\b[^?]{0,60}\b(arrived|came|turned up|got here|were delivered|was"
    r" delivered) (this morning|today|this afternoon|just now)\b"
    r"|\bon the \d{1,2}(st|nd|rd|th)\b[.,;]? (and )?(it'?s|today is) (now )?the"
    r" \d{1,2}(st|nd|rd|th)\b[^?]{0,40}\b(arrived|came|turned up|got here) (this"
    r" morning|today|this afternoon|just now)\b|"
    + MEANT_FOR_A_DAY_GONE
    + r"|"
    + DUE_BEFORE_A_DAY_GONE
)
# Places that are freezing, not an app (round 32: "pavements", "floors"; round 37,
# batch 106: "Miserable freezing signal box this time of year"; round 38, batch 138:
# "freezing in a car park for hours").
FREEZING_PLACES = (
    r"(pavements?|floors?|ground|stone|(signal )?box|cabs?|sheds?|yards?|depots?"
    r"|warehouses?|halls?|platforms?|car ?parks?|fields?|hillsides?|fells?|moors?|woods?"
    r"|forests?|(building )?sites?|pitch(es)?|touchlines?|sidelines?|stands?|bus stops?"
    r"|queues?|stations?)\b"
)
FAILURE_PATTERNS: tuple[tuple[str, str], ...] = (
    # round 34 (batches 83, 84 and 95): "The steel toecap is poking through the leather",
    # "they hold the water in beautifully", "the tennis shoes I received look used",
    # "Cons: the box is all that arrived", "the courier tried to deliver while I was
    # sat at my front door all day", "She tried to use it 3 Jan and it showed a
    # balance of £0.00"
    (
        r"\b(toe ?caps?|nails?|stitching|lining|insoles?|soles?|heels?|wires?|tacks?"
        r"|springs?|steel) (is |are |was |were |has |have |started |starting )?(poking"
        r"|sticking|coming|came|come|pushing|pushed) (through|out of)\b"
        r"|\bhold(s|ing)? (the )?water in\b"
        r"|\b(look|looks|looked) (used|second[- ]hand|pre-worn|pre-owned)\b",
        "damaged item",
    ),
    (
        r"\b(the box|the packaging|an empty box|the tissue paper|the lid|the bag) (is|was)"
        r" all (that|i|we) (arrived|came|got|received)\b"
        # round 34 (batch 97): "Arrived today: one left boot. Just the one."
        r"|(?<!need )(?<!want )\bone (left|right) (boot|shoe|trainer|sandal|slipper)\b"
        r"(?! and\b)",
        "missing item",
    ),
    # round 34 (batch 96): a count of days closing the message ("Quick like a glacier,
    # I assume? Day 12.")
    (r"(^|[.!?]\s+)day \d{1,3}[.!]*\s*$", "long wait"),
    # round 34 (batch 96): "why does my account say 0 points when i had like 2000",
    # "the card only shows £25 when I check the balance"
    (
        r"\b(say|says|said|show|shows|showed|showing) (0|zero|no) (loyalty )?points\b"
        r"|\bonly (shows|showing|says|has|had|loaded|came with) £\d+",
        "something not working",
    ),
    (
        r"\btried to deliver\b[^.?!]{0,40}\bwhile (i|we) (was|were) (sat|sitting|in|home"
        r"|at home|waiting|right there|stood|standing)\b",
        "late delivery",
    ),
    (
        r"\b(tried|went) to (use|spend|redeem)\b[^.?!]{0,40}\b(and|but) (it|the card|the"
        r" gift card|the voucher|the code) (showed|said|had|came up with|read) (a balance"
        r" of )?(£0(\.00)?|zero|nothing|no balance|no money)\b",
        "something not working",
    ),
    (
        r"\b(charged|charging|billed|billing|paid|taken|debited)\b.{0,20}\b(twice|two times|double|2x|three times)\b"
        # round 31 (batch 62's near case): "bank app shows two payments for the one
        # order"
        r"|\b(two|2|three|3) (payments|charges|transactions|debits) (for|on) (the |my |a )?"
        r"(one|same|single) (order|pair|item|parcel|basket)\b",
        "double charge",
    ),
    (r"\bdouble[- ]?(charged|charge|billed|payment)\b", "double charge"),
    (
        r"\b(charged|billed)\b.{0,30}\b(cancel+ed|never|didn'?t|did not|wrong)\b"
        # round 31 (batch 64): "I've been charged delivery on an order over £50, which I
        # understood was free"
        r"|\b(charged|charging|billed|paid|paying) (for |me |us )?(delivery|postage|shipping"
        r"|p&p|click and collect|click & collect|collection|returns?|the return)\b[^.?!]{0,50}"
        r"\b(was|is|should be|should have been|meant to be|supposed to be|understood (it )?"
        r"(was|to be)|thought (it )?(was|to be)|was told (it )?(was|would be)) free\b",
        "unexpected charge",
    ),
    # round 31 (batch 64): "The vet bill for my spaniel's cut paw is £180, from a staple
    # in your packaging"
    (
        r"\b(a|the|sharp|loose|metal) (staple|nail|pin|blade|shard|splinter|needle|tack)s?"
        r" (in|inside|from|sticking out of) (your|the|my) (packaging|box|parcel|shoe|boot"
        r"|trainer|insole)s?\b",
        "damaged item",
    ),
    (
        r"\b(took|taken|take) (my )?(money|payment)\b"
        r"|\b(took|taken|kept) the (money|payment) (anyway|regardless|twice)\b",
        "unexpected charge",
    ),
    # not a card declined twice (round 39, batch 132: "card declined twice at checkout,
    # rang my bank, they unblocked it")
    (
        r"(?<!declined )(?<!failed )(?<!rejected )(?<!bounced )\b(twice|two times|double)\b"
        r".{0,30}\b(statement|card|account|bank)\b",
        "double charge",
    ),
    # not a payment that failed twice (round 34, batch 97: "payment failed twice at
    # checkout last night but my bank said it was their fraud check")
    (
        r"\b(payment|charge|money)s?\b(?!\s+(failed|declined|was declined|got declined"
        r"|was rejected|bounced|wouldn'?t go through|didn'?t go through)).{0,25}\btwice\b",
        "double charge",
    ),
    (r"\b(no|still no) (money|refund)\b", "refund"),
    (
        r"\b(no|not|never|still no|still not|without( a)?|yet to (get|receive|see))\b.{0,20}\brefund",
        "refund",
    ),
    (
        r"\brefund\b.{0,30}\b(not|never|hasn'?t|has not|haven'?t|still|weeks?|months?|missing)\b",
        "refund",
    ),
    (
        r"\b(money|credit)\b.{0,20}\b(back|returned)\b.{0,20}\b(not|never|still|yet)\b",
        "refund",
    ),
    (
        r"\b(says|said|saying|shows|showing|marked|tracking)\b.{0,30}\bdelivered\b.{0,40}\b(not|never|hasn'?t|didn'?t|isn'?t|no|nothing|checked everywhere|nowhere"
        # round 31 (batch 67): "The parcel you marked as delivered is, to the best of my
        # knowledge, somewhere other than my house."
        r"|somewhere other than)\b",
        "parcel marked delivered but not received",
    ),
    (r"\brefund\b.{0,20}\b(disappeared|vanished|gone missing)\b", "refund"),
    (
        # round 30 (batch 54): "I pay for express delivery and my shoes come slower"
        r"\b(paid for|(?<!do )(?<!should )(?<!can )(?<!if )(?<!would )(?<!will )(?<!to )(i|we) pay for|payed for|ordered|chose|picked) (next[- ]day|express|nominated)\b.{0,40}\b(it'?s|now|still|and|but)\b",
        "late delivery",
    ),
    (r"\btried to deliver\b.{0,30}\b(but|was in|home|in all day)\b", "late delivery"),
    # round 38 (batches 142 and 143): "I've been standing at the counter 40 minutes while
    # they look for it", "the discount code that expired the exact second I hit pay",
    # "the bag I received has a scuff right across the front", "she wouldn't take them,
    # even though I had the receipt"
    (
        r"\b(been )?(standing|waiting|stood|waited|queu\w+) (at the (counter|till|desk"
        r"|collection point)|in (the|your) (shop|store|queue)) (for )?(\d+|twenty|thirty"
        r"|forty|forty-five|fifty) (minutes|mins)\b",
        "long wait",
    ),
    # round 39 (batches 150 and 152): "Love that my next day delivery is now on day
    # nine", "drove forty minutes over Shap in the sleet, and the order was sent back to
    # the warehouse yesterday"
    (
        r"\bnext[- ]day (delivery )?(is|was|'s) (now )?(on )?day (three|four|five|six|seven"
        r"|eight|nine|ten|\d+)\b"
        r"|\b(order|parcel|boots|shoes|it)( was| had been|'s been| has been) (sent|returned)"
        r" back to (the )?(warehouse|depot|sender|hub)\b",
        "late delivery",
    ),
    # round 39 (batches 155 and 157): "the second pair of boots what's come with the
    # stitchin' undone", "sendin' me one left boot and another left boot"
    (
        r"\bstitch(ing|in'?) (undone|coming undone|come undone|came undone|unravelling)\b"
        r"|\bone left (boot|shoe|trainer|sandal)\b[^.?!]{0,20}\b(another|a second) left\b",
        "damaged item",
    ),
    # round 39 (batch 157): "Why does every order I send to Skye arrive a week after the
    # date you give me?", "the resole took longer than it took Bach to write the Mass"
    (
        r"\barrives? (a week|a fortnight|\w+ days|\w+ weeks) after the (date|day) (you|your)\b"
        # (round 41, batch 180: "my refund is taking longer than the actual Grand National")
        r"|\b(resole|repair|delivery|refund|order|parcel|exchange) (took|is taking|are"
        r" taking|has taken|takes) longer than\b",
        "late delivery",
    ),
    # round 39: soles with no grip ("I went flat on my back, these soles have no grip")
    (
        r"\b(soles?|these|they|boots|shoes|trainers)( have| has|'ve)( got)? (no|zero|hardly"
        r" any) grip\b(?! left)",
        "damaged item",
    ),
    # round 39 (batches 162 and 163, both answered warmly, blind): "Thanks ever so much
    # for delivering my boots to the bin store", "I do admire a shoe that gives my
    # patients a brand new ankle injury"
    (
        r"\b(delivered|delivering|left|leaving) (my|the|our) (\w+ )?(parcel|order|boots|shoes"
        r"|package|box|trainers) (to|in|by|at) the (bin store|bin shed|bins)\b",
        "late delivery",
    ),
    (
        r"\b(gives?|gave|given) (me|my \w+|people|you|everyone) (a |an )?(brand new |nasty "
        r"|fresh )?(ankle|foot|knee|back|heel|toe) (injury|injuries|sprain)\b"
        # round 39 (batch 162): "The discount code you emailed me gets bounced at
        # checkout every time"
        r"|\b(code|voucher|discount|gift card)\b[^.?!]{0,25}\b(gets|got|keeps getting|is"
        r" being) (bounced|rejected|declined)\b",
        "something not working",
    ),
    # round 39 (batch 149's one cheerful reply in the final blind run, read alone):
    # "stuffing someone's muddy returned trainers in with my new ones is a lovely
    # personal touch"
    (
        r"\b(someone|somebody|another customer)('s| else'?s) (muddy |used |worn |dirty |old "
        r"|smelly )*(returned|used|worn|old) (\w+ )?(trainers|shoes|boots|socks|sandals"
        r"|items?)\b[^.?!]{0,25}\b(in with|inside|in) (my|our)\b",
        "wrong item",
    ),
    # round 39 (batches 158-161): "Thank you for sending my order to neighbour house"
    # (answered warmly, blind), "why did order SS-22019 go to an address in Leicester"
    (
        r"\b(sent|sending|send) (my|the|our) (order|parcel|package|boots|shoes|delivery) to"
        r" (my |the |a )?neighbou?r'?s?\b"
        r"|\b(go|gone|went|sent) to an address in\b",
        "wrong address",
    ),
    (
        r"\b(lose|lost|losing|wiped|deleted) (all )?(my|our) ([\d,]+ )?(loyalty )?points\b"
        r"|\bpoints( balance)?\b[^.?!]{0,20}\b(went|dropped|fell) from [\d,]+ to [\d,]+"
        r" (overnight|for no reason|out of nowhere|without (warning|explanation))\b",
        "something not working",
    ),
    (
        r"\bstill (sat|sitting|waiting) by the phone\b",
        "long wait",
    ),
    # (round 39, once an order split into parcels was no damage; batch 129: "One order,
    # split into 3 deliveries, and I've been charged postage on all 3")
    (
        r"\bcharged (postage|delivery|shipping|p&p)( \w+)? (on|for) (all|each|every)( \d+|"
        r" three| two| four| of them| parcel| delivery)?\b",
        "unexpected charge",
    ),
    # round 39 (batch 150): "I've sent four messages about SS-37102 now"
    (
        r"\b(i'?ve|i have|i) (sent|written|left) (you )?(\d+|three|four|five|six|seven|eight"
        r"|several|multiple|so many) (messages|emails|dms|complaints)\b"
        # (round 39, batch 157: "I've explained this four times")
        r"|\b(explained|told you|said) (this|it|that) (\d+|three|four|five|six|several|so"
        r" many) times\b",
        "long wait",
    ),
    # round 39 (batch 132): "I can get a radiocarbon date back from the lab faster than
    # you can process a return"
    (
        r"\bfaster than (you|you lot|you guys|your (team|lot|shop|staff|site)) (can|could"
        r"|do|did|manage to) (process|refund|send|dispatch|deliver|answer|reply|sort|post"
        r"|respond)",
        "long wait",
    ),
    # round 38 (batches 144 and 145): "why my loyalty points were taken off my
    # account", "being told my collection was ready, taking 2 buses across Bradford,
    # and finding out it wasn't"
    (
        r"\b(points|balance|credit|store credit|money|discount)( were| was| have been| has"
        r" been)? (taken|removed|deducted|wiped|knocked) (off|from|out of) (my|our) (account"
        r"|card|balance)\b"
        # round 39 (batch 146): "my 2,300 points have been wiped as expired overnight"
        r"|\b(points|balance|store credit)( have| has)? (been|got) (wiped|zeroed|deleted"
        r"|removed|cancelled)\b"
        # (round 39, batch 152: "my loyalty points were all taken off after I returned
        # one item")
        r"|\bpoints( were| was| have been| has been| got)( all)? (taken|removed|deducted"
        r"|wiped) off\b",
        "something not working",
    ),
    (
        r"\b(told|texted|emailed|said|saying) (me )?(that )?(my )?(collection|order|parcel"
        r"|click and collect)( was| is)? ready\b[^.?!]{0,80}\b(it wasn'?t|it was not|wasn'?t"
        r" there|not there|they couldn'?t find it)\b",
        "late delivery",
    ),
    (
        r"\b(code|voucher|discount|offer) (that )?(expired|ran out|stopped working) (the"
        r" (exact |very )?(second|moment|minute)|just as|as soon as|right as)\b",
        "something not working",
    ),
    (
        r"\b(received|got|arrived|came|sent)\b[^.?!]{0,30}\b(has|had|with) a (big |huge |deep"
        r" |nasty |long |massive )?(scuff|scratch|dent|gouge)\b",
        "damaged item",
    ),
    (
        r"\b(wouldn'?t|would not|refused to|won'?t|will not) (take|accept) (them|it|my"
        r"( online)? return|the( online)? return|them back|it back)\b[^.?!]{0,40}\b(even"
        r" though|despite|although"
        # round 45 (batch 206): "wouldn't take my online return, when your website
        # says I can"
        r"|when (your|the) (website|site|app|policy|returns policy|receipt|email|faq)"
        r"( clearly)? (says|said|states|stated))\b",
        "rude or unhelpful service",
    ),
    # round 38 (batch 140): "So here's chase number five for my refund", "sending my
    # size 10s to someone in Glasgow", "sending my parcel back to the warehouse while I
    # was standing in your shop", "still shows a zero balance despite being loaded
    # with £50", "the replacement gift card you sent also shows as invalid"
    (
        r"\b(sole|soles|heel|heels|upper|uppers|strap|stitching|lining|toe cap|toe|buckle"
        r"|seam|glue)('s| is| are| has| have| had)? (started )?coming away\b",
        "damaged item",
    ),
    (
        r"\b(chase|chaser|email|message|call|attempt|request|reminder) (number|no\.?|#)"
        r" ?(three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(sent|sending|delivered|delivering|posted|posting) (my|our) [\w ]{1,30} to"
        r" (someone|somebody|a stranger|a random|someone else)\b"
        r"|\b(sent|sending) (my|our|the) (parcel|order|boots|package|shoes) back to (the )?"
        r"(warehouse|depot|sender)\b",
        "wrong address",
    ),
    (
        r"\b(shows?|showing|says|reads) (a )?(zero|nil|£0(\.00)?|0) balance\b[^.?!]{0,30}"
        r"\b(despite|although|even though)\b"
        r"|\b(also|still|again) (shows?|showing|comes up|coming up|says) (as )?(invalid"
        r"|expired|declined|not valid|unrecogni[sz]ed)\b",
        "something not working",
    ),
    # round 38 (batch 139): "Mi order seh 'delivered' since Friday."
    (
        r"\b(says?|seh|said|shows?|showing|showed|marked( as)?) ['\"\u2018\u201c]?delivered"
        r"['\"\u2019\u201d]? (since|for (two|three|four|five|\d+) days)\b",
        "late delivery",
    ),
    # round 38 (batch 136): "Thank you so much for sending one shoe in black and one in
    # brown"
    (
        r"\b(sent|sending|send|got|received|arrived with|came with) one (shoe|boot|trainer"
        r"|sandal|slipper|heel)s? in (a |an )?[\w-]+( size)? and (one|the other) in\b",
        "wrong item",
    ),
    # round 38 (batch 116): "Waited in all day for a courier who turned up at 8pm, card
    # through t' door, no knock."
    (
        r"\b(card|note|calling card|slip)\b[^.?!]{0,25}\b(no knock|without (a |even a )?knock"
        r"|didn'?t (even )?(knock|ring)|never (knocked|rang))\b",
        "late delivery",
    ),
    # batch 19: "party was saturday, slippers arent here"
    (
        r"\b(parcel|order|package|delivery|it|they|\w+s) (still )?(is|are|was|were)(n'?t"
        r"| not) here( yet)?\b",
        "late delivery",
    ),
    # batch 20: "guaranteed by the 18th, today is the 23rd, nothing"
    (
        r"\b(guaranteed|promised|due|expected|supposed to (arrive|come|be here))\b.{0,40}"
        r"\b(today is|it'?s now|it is now|now it'?s|and it'?s) (the )?\d",
        "late delivery",
    ),
    (
        r"\b(waiting|waited|been in|stayed in)( in)?( for [a-z ]{1,25})? since\b|\bno idea where\b(?! to (begin|start)\b)|\b(disappeared|vanished)\b",
        "late delivery",
    ),
    (
        r"\b(in transit|tracking|processing|pending|preparing|dispatch"
        # round 31 (batch 70): "has been 'ready tomorrow' for eleven days now"
        r"|ready tomorrow|ready soon|dispatching soon)\b.{0,30}\bfor (a|one|two|three|four|five"
        r"|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\d+)"
        r" (weeks?|days?|months?)\b",
        "late delivery",
    ),
    (r"\bsomeone else'?s\b", "wrong item"),
    (
        r"\b(nobody|no one|no-one) told me\b|\bwithout (telling|informing|asking|warning) (me|us)\b|\bwithout (any )?(warning|notice|explanation)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(hasn'?t|has not|haven'?t|have not|never|didn'?t|did not|still not|not yet|yet to)\b.{0,15}\b(arrived?|come|came|shown up|turned up|delivered|received|got|get|gotten|recieved|here|shipped|dispatched|been sent)\b"
        # round 23 (batch 44): not a chance missed ("never did get to try the size
        # 9"); "never got to me" still is a parcel that never came
        r"(?<!\bg[eo]t(?= to (?!me\b|us\b|you\b|my\b|the\b|our\b|him\b|her\b|them\b"
        r"|here\b)[a-z]))",
        "late delivery",
    ),
    (
        r"\bstill (waiting|nothing|no sign|hasn'?t|haven'?t|not|no|stuck|pending|processing)\b",
        "late delivery",
    ),
    # round 17 (batch 30): "the email version never reached him"
    (
        r"\bnever (reached|got to|made it to) (him|her|me|them|us|my|his|our|their)\b",
        "missing item",
    ),
    # batch 30: "12 pairs ... and only 8 were delivered"
    (
        r"\bonly (\d+|one|two|three|four|five|six|seven|eight|nine|ten|half)( of (them|those"
        r"|the \w+)| pairs?| boxe?s?| parcels?)? (have |has )?(arrived|came|come|turned up"
        r"|were delivered|was delivered|been delivered|got here|showed up)\b",
        "missing item",
    ),
    # round 33 (batch 75): "love getting a box wi' one boot in it" (dialect "wi'")
    (
        r"\b(box|parcel|package)\b (wi'?|with) (only |just )?(one|a single|1) (boot|shoe"
        r"|trainer|slipper|sandal|sock)\b(?! (box|bag|horn|tree|stretcher|rack))",
        "missing item",
    ),
    # round 33 (batch 75): "Order SS-38291, green ones came instead of black"
    (
        r"\b(ones?|pair|pairs|boots?|shoes?|trainers?|bag|size (\d+|one))\b (came|arrived"
        r"|turned up|was sent|were sent|got sent|showed up) instead of\b",
        "wrong item",
    ),
    # round 33 (batch 76): "I was charged for express delivery but my order took eight
    # days to arrive"
    (
        # (round 39, batch 147: "So happy to pay £4.99 for 'express' delivery that took a
        # week")
        r"\b(paid|charged|paying|pay)( extra| more| [£$]?[\d.]+)? for '?(express|next[- ]day"
        r"|named[- ]day"
        r"|premium|priority|faster|fast|tracked 24)'?( delivery| shipping| postage)?\b"
        r"[^?]{0,60}\b(took|taking|arrived after|came after|turned up after) (\d+|two|three"
        r"|four|five|six|seven|eight|nine|ten|a week|over a week|almost a week|nearly a"
        r" week)( \w+)? ?(days|weeks|working days)?\b",
        "late delivery",
    ),
    # round 33 (batch 75): a wasted trip to collect ("Went all the way to the Dundee
    # shop for my click and collect like the text said, and they had to tell me it's
    # still at the warehouse")
    (
        r"\b(went|came|drove|travelled|traveled|got the bus|took the bus|trekked|walked)"
        r"( all the way)? (in|down|up|over|out)? ?to (the|your) [\w ]{0,25}?(shop|store"
        r"|branch)\b[^?]{0,80}\b(it'?s|it was|it is|they'?re|they were|order was|parcel was"
        r"|order is|parcel is) still (at|in) (the )?(warehouse|depot|distribution centre)\b",
        "late delivery",
    ),
    # round 33 (batch 91): "These boots were sold as waterproof. My socks are wet through
    # by ten every morning."
    (
        r"\b(sold|advertised|described|listed|marketed) as (waterproof|water-?resistant"
        r"|non-?slip)\b[^?]{0,80}\b(wet|soaked|damp|sodden|drenched|leak\w*|slipp\w*)\b",
        "damaged item",
    ),
    # round 33 (batch 89): terse ones ("Order SS-58820. Eleven days. Where is it?",
    # "Guarantee claim closed, boots unexamined. Explain?", "Boots arrived in bits.")
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
        r"|fourteen|fifteen|twenty) (days|weeks)[.!]+\s*where (is|are) (it|they|my)\b",
        "late delivery",
    ),
    (
        r"\b(claim|return|case|complaint|ticket|repair)s? (was |were |has been |got )?closed"
        r"\b[^.?!]{0,40}\b(unexamined|not examined|never examined|unopened|without (anyone"
        r" )?(looking|checking|inspecting|examining|a reply|an explanation|a word))\b",
        "rude or unhelpful service",
    ),
    (r"\b(arrived|came|turned up|delivered) in (bits|pieces)\b", "damaged item"),
    # round 33 (batch 88): "the team's kit has arrived! Just in time for the end of the
    # season."
    (
        r"\bjust in time for (the )?(end of the|last (day|game|match|week) of the|after the)"
        r" (season|tournament|league|holidays?|trip|term|summer|winter|festival|league)\b",
        "late delivery",
    ),
    # round 33 (batch 86): "Why has my order been marked delivered when I've been home
    # all day and the doorbell stayed silent?"
    (
        r"\b(marked|shows?|showing|says|saying|listed) (as )?delivered\b[^?]{0,40}\b(when"
        r"|but|yet|although|even though|while) (i'?ve|i have|i was|i'?m|i am|we'?ve|we have"
        r"|we were|someone was|someone'?s) (been )?(home|in|at home|in all day|here|in the"
        r" house)\b",
        "late delivery",
    ),
    # round 33 (batch 86): "the discount code expired the exact minute I hit pay"
    (
        r"\b(code|voucher|discount|offer|sale price|gift card)\b (expired|ended|stopped"
        r" working|ran out) (the |at the )?(exact |very )?(minute|moment|second|instant|day)"
        r" (i|we)\b",
        "something not working",
    ),
    # round 33 (batch 86): "I don't think my refund for SS-52208 has come through yet"
    (
        r"\b(don'?t|do not) think (my|the|our) (refund|money|credit|exchange|replacement)"
        r"\b[^.?!]{0,40}\b(has|have) (come through|arrived|gone through|been (paid|processed"
        r"|credited|sent))\b",
        "refund",
    ),
    # batch 30: "the confirmation says boots but I've been sent a handbag"
    (
        r"\b(says|said|shows|showed|listed|lists)\b[^.?!]{0,40}\bbut (i'?ve|i have|i|we'?ve"
        r"|we have|we) (been sent|got|received|was sent|were sent)\b",
        "wrong item",
    ),
    # batch 30: "47 minutes in the chat queue and then it disconnected"
    (
        r"\b(\d+|forty|fifty|ninety) (minutes|mins|hours?) in (the |a )?(chat |phone |call "
        r"|online )?queue\b|\b(and )?then (it|the chat|the call|the line|i|we)( was| were)?"
        r" (got )?(disconnected|cut off|hung up on)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(lost|losing|lose|misplaced)\b.{0,12}\b(my|the|our|an?)?\s*(order|parcel|package|shoes|boots|items?|return|refund|delivery)\b",
        "late delivery",
    ),
    (r"\b(days?|weeks?|months?|hours?) late\b|\barrived late\b", "late delivery"),
    (r"\b(it'?s|has|it has) (now )?been \d+\b", "late delivery"),
    (
        # round 27 (batch 51): days count from three ("refund visible in bank 1 day
        # later", "the right pair arrived two days later")
        r"\b([3-9]|\d\d+|three|four|five|six|seven|eight|nine|ten|several) days? later\b"
        r"|\b(\d+|two|three|four|five|six|several) (weeks?|months?) later\b",
        "late delivery",
    ),
    (
        r"\b(on hold|hold music|no[- ]show)\b|\b(nearly|over|after|almost|more than) (an?|\d+) ?(hours?|hrs?|mins?|minutes)\b|\b\d+\+ ?(hours?|hrs?|mins?|minutes)\b"
        # round 15 (batch 27): "I've been in the chat queue for 50 minutes now"
        # round 37 (batch 128): "waited so long on chat I did a full set of acrylics"
        r"|\bwaited so long (on|in|for) (the |your )?(chat|phone|hold|queue|line|a reply"
        r"|an answer)\b"
        # round 37 (batch 124): "Following up on the guarantee claim I raised six weeks
        # ago. Any news at all"
        r"|\b(raised|submitted|lodged|logged|made|opened|sent|filed)\b[^.?!]{0,20}\b(two"
        r"|three|four|five|six|seven|eight|\d+) (weeks|months) ago\b[.,]? (any (news|update)"
        r"|still (nothing|no)|nothing (yet|since))\b"
        # round 37 (batch 120): "Just spent 50 minutes in your chat queue and got
        # disconnected"
        r"|\bspent (about |nearly |over |almost )?(\d+|an|two|three|forty|fifty|ninety)"
        r" (minutes|mins|hours?) (in|on) (your|the) (chat |phone |call )?(queue|hold|line)\b"
        r"|\bin (the |a )?(chat |phone |call |online |live chat )?queue\b[^.?!]{0,15}\bfor"
        r" (about )?(\d+|an|two|three|forty|fifty|ninety) (minutes|mins|hours?)\b"
        # round 23 (batch 44): "Twenty-minute queue, then told..." (in a shop)
        r"|\b(twenty|thirty|forty|fifty|\d\d)[- ](minutes?|mins?) (queue|wait)\b"
        # round 16 (batch 28): "been on this chat 45 minutes"
        r"|\bbeen on (this|the) (chat|phone|line|call)( to you)?( for)? (about )?(\d+|an"
        r"|two|three|forty|fifty|ninety) (minutes|mins|hours?)\b"
        # batch 29: "Emailed on the 1st, it's now the 20th."
        r"|\b(emailed|e-mailed|rang|called|wrote|messaged|chased|complained|asked)( you)?"
        r" on the \d{1,2}(st|nd|rd|th)\b[^.?!]{0,20}[.,;]? (and )?(it'?s|today is) (now )?the"
        r" \d{1,2}(st|nd|rd|th)\b"
        # round 37 (batch 120): "my next day delivery turned into next week delivery"
        r"|\bnext[- ]day (delivery )?(turned into|became|ended up as|more like|was more"
        r" like) (next|a) (week|month|fortnight)\b"
        # round 37 (batch 126): "Is it too much to ask for the order I paid for to arrive
        # before my shift rota changes? Apparently so."
        r"|\b(is it|is that) (really )?too much to ask (for|that) (the|my|an?|our|you|your)\b"
        r"[^?]{0,60}\b(order|parcel|delivery|refund|reply|answer|boots|shoes|trainers"
        r"|item)s?\b"
        # round 37 (batch 126): "Who signs off on a 'next day' delivery that takes nine
        # days?", "They took it back to the depot instead, and now I'm being asked to pay
        # for redelivery.", "the courier came a day early and it's gone back"
        r"|\bnext[- ]day\W{0,2} (delivery )?(that|which) (takes|took|has taken) (\w+|\d+)"
        r" (days|weeks)\b"
        r"|\bbeing asked to pay for (re-?delivery|a second delivery|another delivery"
        r"|postage again)\b"
        r"|\b(came|arrived|turned up) (a day|two days|\w+ days) early and (it'?s|it has"
        r"|they'?ve|they have) gone back\b"
        # round 37 (batch 123): "I've been charged £8 for delivery on an order that
        # should have qualified for free delivery"
        r"|\bshould (have|'ve) (qualified|been eligible) for free (delivery|postage"
        r"|shipping|returns)\b"
        # round 37 (batch 122): "the only customer service line in Europe that rings
        # out at exactly 10 minutes"
        r"|\b(line|phone|number)\b[^.?!]{0,30}\b(rings|rang) out\b"
        # round 37 (batch 119): "Paid £12 for next day delivery so I'd have shoes for my
        # first shift. They came on day four."
        r"|\b(paid|paying|charged|pay) (£|\$)?[\d.]+ (extra )?for (next[- ]day|express"
        r"|premium|priority|nominated[- ]day|same[- ]day)\b[^?]{0,80}\b(came|arrived|turned"
        r" up|got here|delivered) (on )?(day (two|three|four|five|six|seven|\d+)|\w+ days"
        r" later|a week later)\b"
        # round 37 (batch 106): "I was told a manager would ring me back on Monday. It's
        # Thursday."
        r"|\b(would|will|'d|'ll|was going to|were going to) (ring|call|phone|email|get back"
        r" to|contact|reply to|text) (me|us)( back)? (on|by) (monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday)\b[.,;]? (and )?(it'?s|today is) (now )?(monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
        # (round 38, batch 142: "Order SS-31045 was due Tuesday. It's Friday.")
        r"|\b(was|were) (due|promised|meant to (arrive|come|be here)) (on |by )?(monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b[.,;]? (and )?(it'?s"
        r"|today is) (now )?(monday"
        r"|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        "long wait",
    ),
    (r"\b(without|no|any) (any )?updates?\b", "rude or unhelpful service"),
    (
        # (round 47, batch 249: not "another day of failing people on their tyres")
        r"\banother (\w+ ){0,2}(days?|weeks?|months?|delay)\b(?! of (work|failing|graft"
        r"|fixing|lifting|climbing|driving|teaching)\b)",
        "late delivery",
    ),
    (
        # (round 39, batches 152 and 153: not "our lambing's been brutal this year, two
        # weeks on three hours' sleep", "I've been in a walking boot for six weeks")
        r"\b(waiting|waited|been(?! (brutal|busy|hectic|manic|mad|rough|tough|hard|in a"
        r" (walking boot|cast|plaster cast|sling|brace|wheelchair)|off (work|sick)))|it'?s been|over|more than|almost|nearly)\b.{0,25}\b(\d+|two"
        r"|three|four|five|six|seven|eight|ten|a few|several|many)\s+(days?|weeks?|months?)\b",
        "late delivery",
    ),
    (
        r"\b\d+\s+(days?|weeks?|months?)\s+(late|overdue|delayed|and still|and no|now"
        # round 32 (batch 73): "Actual: 19 days and counting"
        r"|and counting)\b"
        # round 39 (batch 154): "Eleven days and counting, well done."
        r"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
        r"|fifteen|twenty) (days|weeks|months) and counting\b"
        # round 27 (batch 51): not "refund visible in bank 1 day later"
        r"|\b([3-9]|\d\d+)\s+days?\s+later\b|\b\d+\s+(weeks?|months?)\s+later\b",
        "late delivery",
    ),
    (
        r"\b(order|parcel|package|delivery|it|they|shoes|boots|stuff|item|items)\b.{0,25}(?<!too )\b(late|overdue|delayed|lost|stuck|missing)\b(?! causes?\b)(?! than never)",
        "late delivery",
    ),
    (
        r"\bwhere (the hell |on earth )?is (my|the) (parcel|order|package|delivery|stuff)\b.{0,40}\b(days?|weeks?|already|yet|still)\b",
        "late delivery",
    ),
    (
        r"\b(box|parcel|package) was empty\b|\bempty (box|parcel|package)\b"
        # round 28 (batch 52): "the box on my doorstep is empty apart from a packing
        # slip"
        r"|\b(box|parcel|package)\b[^.?!]{0,30}\b(is|was|arrived|came) (completely "
        r"|totally |entirely )?empty (apart|except|but) (from|for)\b",
        "missing item",
    ),
    (
        r"\bwrong (city|place|house|address|door|flat|neighbou?r|person|depot|town)\b"
        # round 37 (batch 121): "our PO was processed promptly, to a completely
        # different company"
        r"|\b(sent|processed|delivered|shipped|dispatched|invoiced|went)\b[^.?!]{0,30}\bto"
        r" (a )?(completely |totally |entirely )?different (company|address|person"
        r"|customer|branch|shop|house|town|firm|business)\b",
        "wrong address",
    ),
    (
        # (within a sentence or at the start of the next since round 30, batch 59: not
        # "I've ordered it. baby's due in 3 weeks so so glad I got my comfy slip ons")
        # (round 39, batch 152: not "ordered Tuesday and it got up our lane on Wednesday")
        # (round 42, batch 190: not "ordered shoes online and got it right first go")
        r"\binstead of\b|\bordered\b(?! to\b)(?:[^.?!]|\.(?=\d)){0,40}(?:[.!]\s+(\w+ ){0,2})?"
        r"\b(got|received|sent me|came)\b(?<!\bit got)(?! it right\b)|(?<!buy )(?<!order )(?<!get )(?<!buying )(?<!ordering )\b(two|2|are|were)"
        # round 27 (batch 50): not "is it possible to buy two different sizes as one
        # pair"
        r" different (sizes|colou?rs|shoes)\b"
        # round 26 (batch 49): "The size 7s arrived as one 7 and one 9."
        r"|\b(arrived|came|turned up|(was|were) delivered|sent me)( as)? (one|a) (size )?\d+(\.5)?"
        r" and (one|a) (size )?\d+(\.5)?\b"
        # (read batches 12 and 17) "one shoe is a 7 and the other is an 8", "the right
        # shoe is a 6 and the left is a 7"
        r"|\b(one|the (left|right))( one| shoe| boot| trainer| sandal| slipper)? is (a |an )?"
        r"(size )?\d+(\.5)?\b[^.?!]{0,20}\b(the )?(other|left|right)( one| shoe| boot"
        r"| trainer| sandal| slipper)? (is )?(a |an )?(size )?\d+(\.5)?\b"
        # (read batch 22) "a left shoe in a 7 and a right shoe in an 8"
        r"|\b(a|the|one) (left|right)( one| shoe| boot| trainer)? in (a |an )?(size )?\d+"
        r"(\.5)? and (a|the|one) (left|right)( one| shoe| boot| trainer)? in (a |an )?"
        r"(size )?\d+(\.5)?\b"
        # round 28 (batch 52): "The under-13s order arrived with 12 left shoes and 3
        # right ones."
        r"|\b(arrived|came|turned up|delivered|sent|got|received|contained|had)\b[^.?!]{0,20}"
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) left( shoes| boots| trainers"
        r"| ones)? and (\d+|one|two|three|four|five|six|seven|eight|nine|ten|no|only \w+) "
        r"right\b",
        "wrong item",
    ),
    (
        r"\b(missing|left out|not in the (box|parcel|package)|wasn'?t in|only (got|received) (one|1|half)\b(?! (payment|charge|transaction|debit|bill"
        r"|invoice)s?\b))"
        # round 19 (batch 34): "one boot. just one."
        r"|\bone (boot|shoe|trainer|sandal|slipper|sock|glove)\b[.!,]*\s*(just|only) one\b",
        "missing item",
    ),
    (
        r"\b(broken|broke|damaged|smashed|crushed|torn(?! between)|ripped|split(?! (into|in) (two|2|three|3|separate|several) (parcels|deliveries|boxes|packages|shipments))|cracked|defective|faulty|fell apart|falling apart|came apart|came unstuck|coming apart|peeling|peeled|stain(ed)?|hole in|holes in|leak(s|ed|ing)?|lets? (the )?(water|rain) in|soaked|snapped|worn out|dirty|mou?ldy?|inedible|rotten|splitting|crack|a tear|tears? in|(small|little|tiny|slight) (tear|rip)|lets? every drop in|(sewn|stitched|glued) (shut|closed)|came off(?! (nights|shift|a shift|a night shift))|come off|coming off(?! (nights|shift|a shift|a night shift))|come loose|came loose|coming loose|fell off|falling off)\b"
        # round 39 (batch 147): "this is the second pair wi a loose heel"
        r"|\b(pair|one|boot|shoe)s? (wi'?|with) a loose (heel|sole|strap|buckle|seam|toe"
        r" cap|insole)s?\b"
        # batch 20: "the sole came away from the upper" (not "came away with a tote")
        r"|\b(soles?|heels?|uppers?|straps?|linings?|toe caps?|seams?|stitching)( has| have)?"
        r" (came|come|coming) away\b"
        # round 37 (batch 125): "The sole on my boots came away after six weeks."
        r"|\b(soles?|heels?|uppers?|straps?|linings?|toe caps?|seams?|stitching) on (my|the"
        r"|his|her|our) (\w+ )?(boots|shoes|trainers|wellies|sandals|heels)( has| have)?"
        r" (came|come|coming) away\b"
        # round 35 (a near case of batch 100's "Nothing broken but my pride"): "The
        # heel is hanging off"
        r"|\b(soles?|heels?|uppers?|straps?|buckles?|toe ?caps?|linings?|zips?|handles?)"
        r" (is |are |was |were |now |already )?hanging off\b"
        # round 29 (batch 53): "get a boot box through a letterbox. Folded in half."
        # (not "the card got folded in half, still readable")
        r"|\b(box|parcel|package|boots?|shoes?|trainers?|bag)\b[^?]{0,60}\b(folded|bent"
        r"|crumpled|squashed|squished|crushed) (in half|in two|double|flat)\b",
        "damaged item",
    ),
    # round 26: our quality in so many words, and laddered tights ("horrible quality
    # tights, laddered before I'd got them up to my knees": heldout10, the learned
    # model's P 0.08 after round 26's training rows let the praise reader answer it)
    (
        r"(?<!not )(?<!n't )\b(horrible|terrible|awful|poor|bad|shocking|appalling|dreadful"
        r"|rubbish|shoddy|flimsy|cheap) (build |product )?quality\b|\bladdered\b",
        "damaged item",
    ),
    # round 26 (batch 49): waterproof boots and wet feet ("Great job on the waterproof
    # boots - my dog and I now both have soggy paws")
    (
        r"\bwaterproof\b[^?]{0,120}\b(soggy|soaked|wet|damp|sodden|drenched) (paws|feet"
        r"|socks|toes)\b"
        # (read batch 8) "my socks were wet after half an hour ... in the waterproof boots"
        r"|\b(soggy|soaked|wet|damp|sodden|drenched)\b[^?]{0,60}\bin (the|my|these|those"
        r"|your|his|her|their) (new )?(\w+ )?waterproof\b"
        # round 27 (batch 50): "the last one got damp" (a parcel left in an open barn)
        r"|\b(parcel|box|package|one|contents|shoes|boots|bag|order)( itself| inside)? (got"
        r"|was|were"
        r"|arrived|came) (a bit |all |completely |really |soaking |wringing )?(damp|wet|soggy"
        r"|sodden)\b"
        # round 35 (batch 100): "Fantastic 'waterproof' boots. Kept my socks nice and
        # soggy right through the Vancouver rain."
        r"|\b(kept|left|keeps|leaves) my (socks|feet|toes) (nice and |lovely and "
        r"|beautifully |perfectly )?(soggy|wet|damp|soaked|sodden|drenched)\b",
        "damaged item",
    ),
    (
        r"\b(wrong|incorrect)\b.{0,12}\b(size|item|colou?r|shoes?|pair|order|product|one|thing|model|style|address)\b",
        "wrong item",
    ),
    # round 29 (batch 54's cheerful reply, read after its blind run): the present
    # tense of a second language ("I order black boots and I receive brown sandals")
    (
        r"\b(i|we) (order|ordered|buy|bought|paid for|pay for|chose|choose)\b[^.?!]{0,40}"
        r"\b(and|but) (i|we)( only)? (receive|received|get|got|have received) (a |an |the "
        r"|some |one |two |\d+ )?([a-z]+ ){0,2}(boots?|shoes?|sandals?|trainers?|heels?"
        r"|slippers?|wellies|pairs?|size|bag|items?|ones?|coat|jacket|socks|loafers"
        r"|brogues)\b",
        "wrong item",
    ),
    (
        r"\b(not|isn'?t|wasn'?t|aren'?t|weren'?t)\b.{0,6}\b(what i ordered|as described|as pictured|the same)\b",
        "wrong item",
    ),
    (
        r"\b(rude|unhelpful|hung up|hang up|was ignored|ignored me|ignoring me|laughed at|shouted at|no one (answers|picks up|replied|responds)|nobody (answers|picks up|replied|responds)|never (replied|answered|responded|called back|got back))\b"
        # round 29 (batch 53): "the courier was quite short with my elderly neighbour"
        r"|\b(was|were|been|being) (quite |very |rather |really |a bit |a little |so |extremely "
        r"|incredibly )?(short|curt|abrupt|snappy|dismissive|sharp) with (me|us|my|her|him|them"
        r"|our)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(can'?t|cannot|couldn'?t|unable to|won'?t let me|doesn'?t let me|not able to)\b.{0,25}\b(log ?in|sign ?in|pay|checkout|check out|track|cancel|return|access|use|save|order|reset|get through|reach|contact)\b",
        "something not working",
    ),
    (
        r"\b(doesn'?t|dosn'?t|does not|didn'?t|did not|won'?t|isn'?t|not|stopped|still not) (work|works|working|load|loading|open|apply|go through)\b",
        "something not working",
    ),
    # round 19 (batch 34): "logs me out at checkout", "works never", "discount code
    # rejected" (a gift card's: below)
    (
        r"\b(logs|kicks|throws|chucks) me (straight )?(out|off)\b|\bworks never\b"
        # round 35 (batch 105): "the app logged me out right as the discount code
        # expired"
        r"|\b(app|site|website|account|checkout) (has )?(logged|kicked|signed|threw|chucked)"
        r" me (straight )?(out|off)\b"
        r"|\bnever works\b"
        # round 27 (batch 50): "the NHS discount code works perfectly right up until you
        # press pay"
        r"|\bworks? (perfectly |fine |great |beautifully |brilliantly )?(right )?(up )?until"
        r" (you|i|we) (press|click|tap|hit|get to|try to|reach|go to)\b"
        # (round 31, batch 71: "The discount code from your Black Friday email was
        # rejected at checkout")
        r"|\b((discount|promo|voucher|coupon|offer|student|nhs|loyalty) )?codes?\b[^.?!,]{0,40}"
        r"\b(was |were |is |are |got |gets |being |been |keeps being )?(rejected|declined"
        r"|refused|not accepted|not recogni[sz]ed)\b",
        "something not working",
    ),
    (
        # (round 32, batch 73: not the weather, "any good well below freezing?"; not
        # a place: FREEZING_PLACES)
        r"\b(glitch\w*|crash(es|ed|ing)?|(?<!below )(?<!sub-)(?<!sub )freez(es|ing)(?! ("
        r"weather|temperatures?|conditions|mornings?|days?|nights?|fog|rain|point|winds?"
        r"|air|water|this time|((in|at|on|outside) )?((a|an|the|my|our|this) )?"
        + FREEZING_PLACES
        + r"))|(so|too|super|really|very) slow)\b",
        "something not working",
    ),
    # round 9: the same failure day after day ("locked out for the third day running")
    (
        r"\b(second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (day|night|week|morning|evening|time) (running|in a row)\b",
        "something not working",
    ),
    (
        r"\b(can'?t|cannot|unable to)\b(?! wait)(?! find)(?! see)(?! stand)"
        # round 28 (batch 52): "can't sleep so leaving nice messages for people"
        r"(?! (get to )?sleep)(?! (recommend|thank|fault|praise|speak highly))"
        # (round 47, batch 245: not "I can't spot what changes")
        r"(?! spot\b)(?! tell (the difference|which|what)\b)"
        # round 42 (batch 189): "fits perfectly. Can't ask for more than that"
        r"(?! (ask|wish) for (any(thing)? )?more\b)",
        "something not working",
    ),
    (
        r"\b(need|needs|get|want) (this|it|that) (fixed|sorted|resolved)\b|\bfix (this|it|the problem)\b",
        "something not working",
    ),
    (
        r"\b(still|again) (need|can'?t|cannot|having|getting|broken|advertising|charging|no|nothing)\b",
        "something not working",
    ),
    (
        r"\b(cancel+ed|cancel+ation)\b.{0,30}\b(without|never|but|still)\b",
        "cancelled order",
    ),
    (r"\b(out of stock|oos)\b.{0,30}\b(after|but|charged|paid)\b", "cancelled order"),
    # round 38 (batch 133's one cheerful reply, read alone): "Thank you o, for
    # cancelling my order the day before my wedding."
    (
        r"(?<!\bi )(?<!\bwe )(?<!i'd )(?<!i've )(?<!we've )(?<!i had )(?<!i have )"
        r"\b(cancell?ed|cancell?ing|canceled|canceling) (my|our) (order|parcel|delivery"
        r"|boots|shoes|dress|outfit)\b[^.?!]{0,30}\b(the (day|night|week|morning|evening)"
        r" before|hours before|on the (day|morning) of|days before)\b",
        "cancelled order",
    ),
    (
        r"\b(overcharged|over charged|hidden (fee|charge)s?|extra charge|charged (me )?more)\b",
        "unexpected charge",
    ),
    (
        r"\bno (one|body)\b.{0,20}\b(help|helps|helped|respond|reply|answer|call)",
        "rude or unhelpful service",
    ),
    (
        r"\b(nobody|no one|no-one) (is |has )?(called|rang|replied|answered|answering|replying|responding|got back|came|turned up|responded|helped|helping|looked at|dealt with|processed|checked|contacted)\b",
        "rude or unhelpful service",
    ),
    (
        # (round 37: "heard back from precisely nobody")
        r"\b(haven'?t|have not|never) heard (anything|back|a thing)\b|\bheard nothing\b"
        r"|\bheard back from (precisely |absolutely |literally )?(nobody|no one|no-one)\b|\b(no|not a) (reply|response|answer|call ?back|word)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(make|making|file|filing|raise|raising|lodge|lodging|log|logging|submit|put in) (a |an )?(formal |official )?complaint\b|\b(want|wish|like|need|going) to complain\b",
        "complaint",
    ),
    # partial deliveries and mismatched pairs
    (
        r"\b(only|just) (got |received |had |have |delivered |sent (me )?|came with )?(\d+|one|two|three|four|five|half|part|some) (\w+ )?(of|out of)\b|\b(box|parcel|package|order|delivery) only (had|contained|included|came with)\b|\b(just |only )?(one|1|a single) (shoe|boot|slipper|trainer|sandal|sock|glove|heel|clog|wellie|welly) in the (box|parcel|package|bag)\b|\b(box|parcel|package|bag) (had|contained|came with) (just |only )?(one|1|a single) (slipper|shoe|boot|trainer|sandal|sock|glove|earring|heel|insole|wellie|welly|clog)\b|\bonly (got|received|had|came with|sent( me)?) (one|1|half|part|some)\b"
        # round 19 (batch 35): not "check you only got one payment"
        r"(?! (payment|charge|transaction|debit|bill|invoice)s?\b)",
        "missing item",
    ),
    (
        r"\b(was|were|is|are|wasn'?t|weren'?t|isn'?t|aren'?t) (not )?(included|in there|packed|enclosed)\b",
        "missing item",
    ),
    (
        r"\btwo (left|right)s?\b|\b(left|right)\b[^.?]{0,40}\b(size|colou?r|bigger|smaller|longer|shorter|higher|lower|different)\b[^.?]{0,40}\b(other|right|left)( one)?\b|\bthan the other( one)?\b"
        # round 10: "the two boots are noticeably different shades of tan"
        r"|\b(the two|both|the pair of|my) (\w+ )?(boots|shoes|trainers|sandals|slippers|heels|wellies|clogs) (are|were|came) (\w+ )?(different|odd|mismatched) (shades|colou?rs|sizes|lengths|heights)\b"
        # round 27 (batch 51): "one pair is noticeably darker than the rest"
        r"|\b(one|a|the other) (pair|shoe|boot|sandal|trainer|heel)s? (is|was|are|were|came"
        r"|arrived) (\w+ )?(darker|lighter|paler|brighter|bigger|smaller|wider|narrower"
        r"|different|shinier|duller) (than|from) the (rest|others|other (\w+ )?(pairs|ones)|other)\b",
        "wrong item",
    ),
    (
        r"\b(was|were|is|are|came|sent( me)?|got|received|delivered) (a |an |the )?(completely |totally )?different (model|size|colou?r|style|product|item|shoe|boot|pair|one|order|shade|tone)\b|\bfor a different (model|product|item|shoe|boot|pair|order)\b",
        "wrong item",
    ),
    (
        r"\b(got|received|sent( me)?|came with|delivered|arrived|came)\b.{0,60}\b(but|when|and|yet) (i|we) (had )?(ordered|asked for|paid for|chose|picked(?! (it|them|the \w+|my \w+|\w+) up\b))\b|\bnothing like (the|what|it)\b"
        # round 15 (batch 26): "my click and collect order made it to Aberdeen when I
        # chose Dundee"
        r"|\b(made it|went|ended up|turned up|was sent|got sent) (to|in|at) [\w' ]{2,30}\b(when|but|and|yet|though) (i|we) (had )?(chose|chosen|picked|selected|asked for|ordered it to|paid for)\b"
        # round 27 (batch 50): "The click and collect order was sent to Leeds. I chose
        # York"
        r"|\b(made it|went|ended up|turned up|was sent|got sent|was delivered|got delivered)"
        r" (to|in|at) [\w' ]{2,30}[.;,]\s+(but )?(i|we) (had )?(chose|chosen|picked|selected"
        r"|asked for|ordered it to)\b",
        "wrong item",
    ),
    (
        r"\b(went|sent|delivered|gone|going|shipped) to (my old|the wrong|an old|a different|someone else'?s|another|the old)\b"
        # round 31 (batch 61): "Thanks so much for sending my tap shoes to my old
        # address after I updated it twice."
        # (not "the bank sent my new card to the old house")
        r"|(?<!bank )(?<!bank's )(?<!banks )(?<!provider )\b(sent|sending|delivered|delivering|shipped"
        r"|shipping|posted|posting) (it|them"
        r"|my( [\w']+){1,2}|the \w+) to (my|our|the) (old|previous|former) (address|house|flat"
        r"|home)\b"
        # round 31 (batch 63): "Thank you so much for sending my granddaughter's party
        # shoes to a house in Cardiff."
        r"|\b(sent|sending|delivered|delivering|posted|posting) (it|them|my( [\w']+){1,3}"
        r"|the \w+) to (a|some|some random|a random|a stranger'?s) (house|flat|address"
        r"|street|shop) in\b"
        # round 31 (batch 65): "sending my parcel on a trip to Scotland, I live in
        # Cornwall"
        r"|\b(sent|sending|delivered|posted) (it|them|my( [\w']+){1,3}|the \w+) (on a (little )?"
        r"(trip|tour|holiday|journey) |all the way )?to [\w' ]{2,30}[.;,]?\s+(but |and |when"
        r" |while )?(i|we) (live|am|are|'m|'re) (in|at)\b",
        "wrong address",
    ),
    # round 27 (batch 51): not "the booking's in my partner's name, not mine"
    (
        r"(?<!name, )(?<!names, )\b(isn'?t|is not|aren'?t|wasn'?t|not) (mine|ours)\b",
        "wrong address",
    ),
    # batch 20: "thanks so much for delivering my christmas present to the house next
    # door"
    (
        r"\b(deliver(ed|ing)?|sent|sending|left|leaving|dropp(ed|ing))( it| them| my"
        r"( \w+){1,2})? (to|at|with) the (house|flat|shop|address|people) (next door"
        r"|opposite|across the (road|street))\b",
        "wrong address",
    ),
    # round 21 (batch 37): "sending my dad's funeral shoes to a house in Kent. He
    # lives in Derby"
    (
        r"\b(deliver(ed|ing)?|sent|sending|posted|posting|shipped|shipping)( [\w']+){0,5}"
        r" to an? (house|flat|home|address|street|village) in [\w' ]{2,30}[.,;]?\s*(but )?"
        r"(i|we|he|she|they|my \w+)( (actually|still|only))? (lives?|am|are|is|'m|'re)"
        r" (in|at)\b",
        "wrong address",
    ),
    # round 13 (batch 18): "sending my order to an address I moved out of in 2019
    # even though I updated it"
    (
        r"\b(an?|the|my) (old )?address (i|we) (moved out of|left|no longer live at|don'?t"
        r" live at)\b|\beven though (i|we) (had |'d )?(updated|changed|corrected) (it|the"
        r" address|my address)\b",
        "wrong address",
    ),
    # broken promises
    (
        r"\b(you|they|he|she|your \w+|i was|we were|it was|i've been|i have been) (said|told( me| us)?|promised|assured( me| us)?|confirmed|supposed|meant)\b.{0,60}\b((?<!thing )(?<!thing, )but|it'?s now|now|still|yet|never|nothing|no one|nobody|didn'?t|hasn'?t|isn'?t|wasn'?t|weren'?t|not)\b",
        "broken promise",
    ),
    (
        r"\b(supposed|meant|due|promised|guaranteed) to (come|arrive|be|get|reach|call|ring|email|turn up|land)\b.{0,50}\b(but|it'?s now|now|still|yet|never|nothing|didn'?t|hasn'?t|isn'?t|wasn'?t|not)\b",
        "late delivery",
    ),
    # money not back, charged wrongly
    (
        r"\b(haven'?t|have not|hasn'?t|has not|never|didn'?t|did not|not yet|still not)\b.{0,20}\b(had|got|gotten|received|seen|been given|been sent)\b.{0,15}\b(my |the |a |any |our )?(money|refund|credit|reply|response|answer|call|email|update|replacement)\b",
        "refund",
    ),
    (
        r"\b(charged|paid|billed)\b.{0,30}\b(full price|even though|despite|although|more than)\b|\b(discount|code|voucher|promo|sale price|coupon|offer)\b.{0,40}\b(wasn'?t|was not|not|didn'?t|did not|never|isn'?t|hasn'?t)\b.{0,6}\b(applied|taken off|deducted|work|working|accepted|honou?red)\b|\bshort[- ]?changed\b|\b(pounds?|quid|dollars?|euros?|\d+)\b.{0,6}\bshort\b",
        "unexpected charge",
    ),
    # things that do not work
    (
        r"\b(won'?t|wouldn'?t|can'?t|cannot|doesn'?t|didn'?t|isn'?t|not|never|stopped|keeps? not) (download|install|update|connect|accept|respond|print|scan|sync|turn on|charge|send|submit|let me|recogni[sz]e)\w*\b",
        "something not working",
    ),
    (
        r"\bkeeps? (on )?(crash|reject|declin|fail|freez|logg|kick|error|cancel|bounc|timing|dropp|cutting)\w*|\b(getting|got|gives?|giving|showing|shows|says) (me )?(an? |the |this )?error\b"
        # batch 20: "the return label link you emailed just goes to an error page"
        r"|\b(goes|go|going|went|leads?|takes? (me|you)) (straight |just )?to an? (error|blank"
        r"|404|broken|dead) (page|screen|link)\b"
        # round 16 (batch 29): "five attempts, five error pages", "the gift card I
        # bought my grandson was declined at the till"
        r"|\berror (pages|screens|messages)\b|\b(gift ?card|voucher|e-?voucher|gift"
        r" voucher)\b[^.?!]{0,40}\b(was|got|were|has been|keeps being) (declined|rejected"
        r"|refused|not accepted)\b",
        "something not working",
    ),
    (
        r"\b(tracking|status|order|app|page|site|website|account|portal)\b.{0,30}\b(hasn'?t|has not|not|never|isn'?t|won'?t|doesn'?t|didn'?t)\b.{0,10}\b(updated?|moved|changed|loading|loaded|working)\b",
        "late delivery",
    ),
    # waits and chasing
    (
        r"\bhow long (this|that|it|my|the)( \w+)? (is|has been|'?s been) taking\b|\b(taking|taken|took|takes) (so long|too long|this long|forever|ages|an age|weeks|months)\b",
        "late delivery",
    ),
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several) (weeks|months) (for|to get|to send|to deliver|to refund|to reply|to answer|to process)\b",
        "late delivery",
    ),
    (
        r"\b(second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)) (email|message|call|chat|request|complaint|attempt)\b|\b(emailed|called|rang|phoned|messaged|chased|contacted|asked|written|wrote)( you| them| your \w+)? (twice|three times|\d+ times|several times|repeatedly|multiple times|four times|five times|many times|so many times)\b|\b(had to|have to|having to|keep having to) (chase|ask|call|email|repeat|explain|give you)\b",
        "rude or unhelpful service",
    ),
    # round 21 (batch 40, measured blind with round 21's system): "Third time asking:
    # where is the refund for SS-37745?"
    (
        r"\b(second|third|fourth|fifth|sixth|\d+(st|nd|rd|th)|umpteenth|nth) time (i'?ve |i have"
        # (round 38, batch 134: "Third time ko na po asking")
        r" |i'?m |i am |of |(\w{1,3} ){1,3})?(asking|asked|chasing|chased|writing|written|emailing|emailed"
        r"|calling|called|ringing|rung|contacting|contacted|messaging|messaged|requesting"
        r"|requested)\b"
        # round 28 (batch 52): "Hello again. Same question as Monday, Wednesday and
        # yesterday: when will the scouts' boots be dispatched?"
        r"|\bsame question as (on |i asked |last )?(monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday|yesterday|last week|last time|before|earlier|this"
        r" morning|the other day)\b",
        "rude or unhelpful service",
    ),
    # round 35 (batches 104 and 105): "My shoes were due last Tuesday. Where are
    # they?", "tracking's said 'out for delivery' five days running", "delivering Mum's
    # parcel to an address 30 miles away", "Five bridesmaids, five pairs ordered
    # together, four pairs arrived.", "this is my forth mesage about my return... i
    # want my £85 back", "stood at your Bath counter for forty minutes... She went
    # home empty-handed", "charged £8 delivery..., but it's meant to be free over £50"
    (
        # (round 41, batch 181: "The boots for the cellar crew (SS-53367) were due last
        # Tuesday")
        r"\b(shoes|boots|trainers|order|parcel|package|delivery|they|it)( for (the|my|our)"
        r" [\w ]{1,25}?)?( \(?ss-?\d+\)?)? (were|was) (due"
        r"|meant to (arrive|come|be here)|supposed to (arrive|come|be here)) (last|on"
        r"|yesterday|by)\b(?![^.?!]{0,40}\b(arrived|came|turned up|got here)\b)"
        r"|\bout for delivery['\"\u2019\u201d]? (for )?(\d+|two|three|four|five|six|seven)"
        r" (days|times) (running|in a row|straight|now)\b",
        "late delivery",
    ),
    (
        r"\b(delivered|delivering|sent|sending|took|taking|dropped|dropping)\b[^.?!]{0,30}"
        r"\bto an? (address|house|village|town|street) (\d+|two|three|five|ten|twenty"
        r"|thirty|forty|fifty) (miles|km|kilometres) away\b",
        "wrong address",
    ),
    (
        r"\b(?P<ordered>\d+|two|three|four|five|six|seven|eight|nine|ten) (pairs|items"
        r"|boxes) (ordered|bought|paid for)\b[^.?!]{0,30}?\b(?!(?P=ordered)\b)(\d+|one|two"
        r"|three|four|five|six|seven|eight|nine) (pairs? |items? |boxes? )?(arrived|came"
        r"|turned up)\b",
        "missing item",
    ),
    (
        r"\b(third|thrid|fourth|forth|fith|fifth|sixth) (mesage|message|messege|email"
        r"|e-mail|msg|time (of )?(asking|writing|emailing|chasing))\b"
        r"|\bi want my (£|\$|€)?\d+(\.\d\d)? back\b(?! too\b)",
        "refund",
    ),
    (
        r"\b(stood|waited|sat|queued) (at|in) (your|the) (\w+ )?(counter|desk|till|shop|store"
        r"|queue)\b[^.?!]{0,40}\bfor (\d+|ten|fifteen|twenty|thirty|forty|forty-five|an|half"
        r" an) (minutes|mins|hours?)\b"
        r"|\bwent (home|away) empty-?handed\b",
        "long wait",
    ),
    (
        r"\bcharged\b[^.?!]{0,60}\b(meant|supposed|said|advertised) to be free\b",
        "unexpected charge",
    ),
    # round 35 (batch 93, read this round): "He waited twenty minutes in the rain in
    # his chair before someone came."
    (
        r"\b(waited|waiting|stood|sat) (outside |in the rain |there )?(for )?(\w+ )?(\d+"
        r"|ten|fifteen|twenty|thirty|forty|forty-five|an|half an) (minutes|mins|hours?)\b"
        r"[^.?!]{0,40}\bbefore (someone|anyone|somebody|anybody|a member of staff|staff"
        r"|a person)\b",
        "long wait",
    ),
    # round 35 (batch 93): "your password reset link expires before the email even
    # lands", "your 'wide fit' boots are exactly as wide as my regular ones"
    (
        r"\b(link|code|token)s? (expires?|expired|runs? out|times? out) before (the|my"
        r"|your) (email|e-mail|text|message|code) (even )?(lands|arrives|comes|gets here)\b",
        "something not working",
    ),
    (
        r"\b(wide|extra wide|wide-fit|wide fit)\b[^.?!]{0,40}\b(exactly |just )?(as|no)"
        r" (wide|roomy) as (my|the) (regular|normal|standard|old|other|usual) ones\b",
        "wrong item",
    ),
    # round 20 (batch 36): "I've spent six weeks chasing a resole that was quoted at
    # ten days"
    (
        r"\b(spent|spending|been) (the (last|past) )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few) (days|weeks|months) (chasing|ringing|emailing|phoning)\b|\bchasing (this|it|them|you|the \w+|my \w+)\b[^.?!]{0,30}\bfor (\d+|two|three|four|five|six|seven|eight|nine|ten|several) (days|weeks|months)\b",
        "long wait",
    ),
    # round 20 (batch 36): a request not honoured ("I asked specifically for ground
    # floor collection... Got there and was told to go upstairs"; not a gift card
    # that "showed £0": two dev rows tell one put right in words not known as such)
    (
        r"\b(i|we) (specifically|especially|explicitly|clearly) (asked|requested) for\b|\b(i|we) asked (specifically|especially|explicitly) for\b",
        "something not working",
    ),
    # round 20 (batch 36): part of an order or a refund that never came back ("The
    # boots came back. The insoles didn't.", "returned two pairs a month ago and only
    # one has been refunded")
    (
        r"\b(came back|arrived|turned up|were returned|was returned)\b[^?!]{0,25}?[.;,]\s*(but )?the (\w+ ){1,2}(didn'?t|did not|never did)\s*([.!,;]|$)",
        "missing item",
    ),
    (
        r"\bonly (one|1|half|part)( of (them|the \w+|my \w+))? (has|have|was|were|got|had) (been )?(refunded|credited)\b|\bonly (been )?refunded (for )?(one|1|half|part)\b",
        "refund",
    ),
    (
        r"\b(cut off|passed (around|between|from|back)|bounced (around|between)|runaround|fobbed off|one[- ]word (reply|answer|response)|(generic|automated|template) (email|reply|answer))\b",
        "rude or unhelpful service",
    ),
    (
        r"(?<!at work )(?<!at school )\b(all day|all morning|all afternoon|all week|a day off|the day off)\b.{0,30}\b(for nothing|and nothing|no one|nobody|never|didn'?t|no show|no-show)\b",
        "late delivery",
    ),
    (
        r"\b(order|parcel|package|return|refund|delivery|item|items|shoes|boots|it)\b.{0,10}\b(got|was|were|has been|have been|is|went|gone) (lost|missing|astray)\b",
        "late delivery",
    ),
    (
        r"\b(thrown|threw|chucked|dumped|left|hid|hidden)\b.{0,25}\b(over (the|my) (gate|fence|wall|hedge)|in (the|a|my) (recycling |wheelie |green |blue |black |brown |food )?(bin|rain|hedge|bush)|in the rain|out in the rain|on the (street|pavement|road)|with a (neighbou?r|stranger) (i|we) (don'?t|do not))\b"
        # round 45 (batch 206): "Thanks so much to your courier for leaving my parcel in
        # the wheelie bin" (not "please leave the parcel in the bin store")
        r"|\bfor leaving (my|our|the) (\w+ )?(parcel|package|order|box|delivery|boots"
        r"|shoes|trainers) in (the|a|my|our) (recycling |wheelie |green |blue |black"
        r" |brown |food )?bin\b(?! (store|shed|area|room|cupboard))"
        # round 26: "delivering my fragile package by leaving it on the doorstep in the
        # pouring rain" (an iSarcasm tweet answered warmly after round 26's training)
        r"|\b(leaving|leave|leaves|dumping|throwing|chucking)\b[^.?!]{0,35}\bin the (pouring"
        r" |driving |heavy |pissing )?rain\b"
        # round 27 (batch 50): "the courier left them IN THE PIG FIELD"
        r"|\b(thrown|threw|chucked|dumped|left|leaving|hid|hidden)\b[^.?!]{0,25}\b(in|into"
        # round 35 (batch 103): "for leaving my parcel on the compost heap"
        r"|on|onto) (the|a|my|our) (\w+ )?(field|ditch|puddle|verge|gutter|hedgerow|skip"
        r"|compost heap"
        r"|water butt|pond)\b",
        "late delivery",
    ),
    (
        r"\b(scuffed|scuffs|scratched|scratches|dented|marks? on|mark across|shoddy|squeak\w*|unglued|wobbl\w*|coming undone|came undone|come undone|comes undone|faded|discolou?red|shrunk|shrank|bobbl\w*)\b",
        "damaged item",
    ),
    # outages, travel and repeated tries (beyond the shop's own failures)
    (
        r"\b(is|are|been|went|goes|keeps going|still) down\b|\boutages?\b|\bno (signal|service|internet|wi-?fi|connection|power|heating|hot water|dial tone)\b|\b(internet|wi-?fi|service|connection|signal|broadband|line)\b.{0,15}\b(dropping|drops|dropped|keeps cutting|cuts out|is out|went out|disconnect\w*)\b",
        "something not working",
    ),
    (
        r"\b(flight|train|booking|reservation|trip)\b.{0,20}\b(delayed|cancell?ed|canceled|overbooked|moved|changed)\b|\b(delayed|cancell?ed|canceled|missed) (my |our )?(flight|train|connection)\b|\b(lost|missing|damaged) (my |our )?(luggage|bags?|baggage|suitcase)\b",
        "cancelled booking",
    ),
    (
        r"\btried (everything|\w+ times|multiple times|several times|again and again|twice)\b|\bwhat happened to (my|the|our)\b|\b(i'?ve|i have|i was|we were|we'?ve|we have) been (overcharged|charged twice|billed twice)\b",
        "something not working",
    ),
    (
        r"\b(let|lets|letting) (the )?(water|rain|wet) in\b|\b(fits?|fitted|sized|runs?) nothing like\b",
        "damaged item",
    ),
    # round 3: failures told plainly or ironically (tuned on the team's dev examples)
    (
        r"\bwhere'?s the (other|second|rest|matching)\b|\bwhere (is|are) the (other|second|rest|matching)\b",
        "missing item",
    ),
    # round 30 (batch 56): "Our purchase order was for 30 pairs in black. 30 pairs
    # arrived in brown."
    (
        r"\b(ordered|order (was|is) for|asked for|paid for|chose|picked)\b[^.?!]{0,40}\bin"
        r" (?P<asked>black|brown|navy|tan|white|red|blue|green|grey|gray|pink|beige|cream|burgundy|olive|silver|gold|khaki|nude|purple|yellow|orange)\b[^?!]{0,60}?\b(arrived|came|were sent|was sent|got|received"
        r"|delivered|turned up)( \w+){0,2} in (?!(?P=asked)\b)(black|brown|navy|tan|white|red|blue|green|grey|gray|pink|beige|cream|burgundy|olive|silver|gold|khaki|nude|purple|yellow|orange)\b",
        "wrong item",
    ),
    # round 30 (batch 56): "the invoice made out to the wrong company"
    (
        r"\b(invoice|receipt|bill|order|parcel|it|they)\b[^.?!]{0,20}\b(made out|addressed"
        r"|issued|sent|billed|invoiced|charged) to the wrong (company|name|person|business"
        r"|department|account|customer|school|branch)\b",
        "wrong item",
    ),
    (
        r"\b(different|not the same)\b.{0,25}\b(from|to|than) (the|your) (website|site|photos?|pictures?|listing|description|advert|images?)\b",
        "wrong item",
    ),
    (r"\bsame (fault|problem|issue|defect)\b", "damaged item"),
    (
        r"\bevery (single )?time (i|we) (try|go|click|open|log|pay|attempt|check)\b",
        "something not working",
    ),
    (
        r"\b(that |which |it |tracking )(says|does|shows|tells (me|us)) (absolutely )?nothing\b",
        "something not working",
    ),
    (
        r"\bonly (took|taken|takes|taking) (\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (days?|weeks?|months?|hours?)\b",
        "late delivery",
    ),
    (
        r"\b(a|one|two|three|four|\d+) (weeks?|months?|fortnight) on\b(?! (about |around "
        r"|only |just |barely |under )?[\w']+ hours?'? sleep)"
        # (round 41, batch 184: not time spent somewhere, "Three weeks on the rock in your
        # Harbour boots")
        r"(?! (the|a|an) (rock|island|boat|ship|rig|road|trail|hill|hills|mountain|farm"
        r"|site|job|ward|wards|beat|moor|moors|fells?|coast|station|tower|lighthouse)\b)"
        r"|\bstill ['\"\u2018\u201c]",
        "late delivery",
    ),
    (
        r"\bradio silence\b|(?<!\bso )(?<!\bplease )(?<!\bjust )\bignor(e|es|ing) (my |our |your |all |the )?(emails?|calls?|messages?|customers?|complaints?)\b",
        "rude or unhelpful service",
    ),
    (r"\b(promises?|word|guarantees?) (mean|means|meant) nothing\b", "broken promise"),
    # round 23 (batch 44): "the website said the boots were in stock there... told us
    # the last pair sold in March"
    (
        r"\b(website|site|app|stock checker|your page|online)\b[^.?!]{0,20}\b(said|says"
        r"|showed|shows|listed|had)\b[^.?!]{0,30}\bin stock\b.{0,200}?\b(sold( out)?"
        r"|none (left|in)|out of stock|not in stock|no stock|(didn'?t|did not|hadn'?t)"
        r" (have|got)|(weren'?t|wasn'?t|were not|was not) (there|in))\b",
        "broken promise",
    ),
    (
        r"\b(arrived|came|turned up|got here|delivered|delivering|showed up)\b.{0,40}\b(after|too late for) (the|my|our|his|her)? ?(trip|holiday|holidays|wedding|party|birthday|event|christmas|occasion|festival|funeral|interview|flight|term|school"
        # round 28 (batch 52): "the football boots for our whole team arrived the day
        # AFTER the tournament"
        r"|tournament|match|fixture|gala|race|competition|show|performance|concert|recital|prom|ceremony|marathon|trials|camp)\b(?! (run|bag|shoes|uniform|trip))",
        "late delivery",
    ),
    (
        r"\bstill (don'?t|do not|haven'?t|have not) (have|got)\b",
        "late delivery",
    ),
    (
        r"\b(paid|charged|billed) (extra )?for\b.{0,30}\b(and|but) (it|they|the \w+) (came|arrived|turned up|was sent|were sent)\b",
        "unexpected charge",
    ),
    (
        r"\b(doesn'?t|does not|isn'?t|is not|didn'?t) (show(ing)? up|appear(ing)?)\b.{0,20}\b(account|order|system|app|website|site)\b|\b(account|order|system|app|website|site)\b.{0,20}\b(doesn'?t|does not|isn'?t|is not|didn'?t) (show(ing)? up|appear(ing)?)\b",
        "something not working",
    ),
    (
        r"\b(refund|money)\b.{0,30}\b(old|cancel+ed|closed|expired) (card|account)\b"
        r"|\b(refund|money)\b.{0,30}\b(card|account) (i|that|which) (had )?(cancel+ed|closed)\b",
        "refund",
    ),
    (
        r"\b(has been|is|was|been|stuck on|says|still says|still showing) ['\"\u2018\u201c][^'\"\u2019\u201d]{3,40}['\"\u2019\u201d] (for (\d|a |an |one|two|three|four|five"
        r"|six|seven|eight|nine|ten|several|over|more than|the (last|past)|days|weeks|ages"
        r"|hours)|since)",
        "late delivery",
    ),
    # round 29 (batch 53): "the items I returned in store on the 2nd are still showing
    # as not received"
    (
        r"\b(still|yet|now) (showing|shows|showing up|listed|marked|says|saying|shown)( as)?"
        r" (not (been )?(received|returned|refunded|processed|back)|unreceived|outstanding)\b",
        "refund",
    ),
    (
        r"\b(different|conflicting|mixed|contradictory) (answers|stories|information|info|excuses|explanations)\b"
        # round 33 (batch 87): "I have now been told three different things by three
        # members of your team"
        r"|\b(told|given) (me |us )?(two|three|four|five|several|\d+) different (things"
        r"|answers|stories|dates|reasons)\b",
        "rude or unhelpful service",
    ),
    (
        r"\bwithout (fixing|solving|sorting|resolving|answering|replying|reading|refunding|checking)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(order|parcel|package|return|refund|delivery|item|boots|shoes|trainers) (you|they|the courier|your courier) (lost|broke|damaged|misplaced)\b",
        "late delivery",
    ),
    # round 6: plain failures in everyday words
    (
        r"\b(stopped|stops|won'?t stop) (closing|sticking|fastening|zipping|holding"
        r"|staying (up|on|shut|closed)|gripping|lighting up)\b",
        "damaged item",
    ),
    (
        r"\b(lining|insoles?|stitching|stitches|padding|eyelets?|buckle|heel tab|tongue"
        r"|lace|toe cap)s? (has |have |had )?(come|came|coming|fallen|fell|falling) out\b"
        # round 13 (batch 18): "the stitching along the side opened up"
        r"|\b(lining|stitching|stitches|seams?)( [a-z']+){0,4}? (has |have |had )?((opened"
        r"|split|ripped|burst) (up|open)|(come|came|coming) undone|unravell?(ed|ing))\b"
        r"|\b(dye|colou?r)( from the \w+)? (turns?|turned|stains?|stained|dyes?|dyed) (my|the"
        r"|our)\b"
        r"|\b(dye|colou?r|logo|print|paint|coating|finish) (has |have )?(ran|run|bled"
        r"|faded|rubbed off|worn off|wore off|came off|come off|flaked)\b",
        "damaged item",
    ),
    (
        r"\b(don'?t|doesn'?t|do not|does not|didn'?t) match (the|each other|my|what)\b",
        "wrong item",
    ),
    (
        r"\b(sent|got|received|are|is) (a |an )?(size )?\d+(\.5)?s?\b[^.?!]{0,25}"
        r"\bi'?m (a |an )?(size )?\d+",
        "wrong item",
    ),
    (
        r"\b(sent|went|delivered|posted|shipped|gone|going|dispatched)"
        r" (it |them |my \w+ |the \w+ )?(to|at) (my )?(old|previous|former) address\b"
        r"|\b(left|delivered|dropped|put) (it|them|my parcel|the parcel) (at|to|with)"
        r" (number |no\.? )?\d+\b[^.?!]{0,20}\b(i'?m|i am|i live) (at )?(number )?\d+",
        "wrong address",
    ),
    (
        r"\b(money|payment)\b[^.?!]{0,20}\b(left|gone from|come out of|came out of"
        r"|taken from)\b[^.?!]{0,40}\b(no|not|never|without)\b",
        "unexpected charge",
    ),
    # round 37 (batch 118): "Thanks ever so much for sending our club order to Newport
    # in Shropshire rather than Newport in Wales."
    (
        r"\b(for sending|for delivering|you sent|you delivered|you shipped|(was|were|got)"
        r" (sent|delivered|shipped))\b[^.?!]{0,40}\bto [\w ]{2,30}?\b(rather than|instead"
        r" of)\b",
        "wrong address",
    ),
    # round 37 (batch 128): "the listing said it fits a 15 inch laptop... It fits a 13
    # inch laptop."
    (
        r"\b(listing|website|description|product page|page|site) (said|says|claimed|claims)"
        r"\b[^.?!]{0,40}\b(fits?|holds?|takes?) (a )?(?P<promised>\d+)[- ]?(inch|in|\")"
        r"[^?]{0,120}\bit (only )?(fits?|holds?|takes?) (a )?(?!(?P=promised)\b)\d+",
        "wrong item",
    ),
    # round 37 (batch 126): "So why is there a pair of brown men's boots in my box?",
    # "you sent Nan's slippers to her old flat", "Thanks so much for the gift of a
    # second delivery charge."
    (
        r"\bwhy is there (a|an) [\w' ]{0,40}\bin my (box|parcel|order|bag|package)\b",
        "wrong item",
    ),
    (
        r"\byou(r courier| lot|'ve| have)? (sent|delivered|posted|shipped) [\w' ]{0,40}\bto"
        r" (her|his|my|our|their|the) (old|previous|former) (flat|house|address|home)\b",
        "wrong address",
    ),
    (
        r"\b(second|another|extra|2nd) delivery charge\b",
        "unexpected charge",
    ),
    # round 37 (batch 121): "The size 10 box had a size 8 in it."
    (
        r"\bsize (\d+(\.5)?) box (had|contained|held|was) (a |an )?(size )?(?!\1\b)\d+",
        "wrong item",
    ),
    # round 37 (batches 120 and 121): boots that held water, "spoken to four different
    # people"
    (
        r"\b(boots|shoes|wellies|trainers)\b[^.?!]{0,30}\b(held|holding|hold) (a |an )?(full"
        r" )?(puddle|pond|paddling pool|bucket|bath|pint)\b"
        # (round 37, batches 123 and 124: "waterproof boots that fill up like a bucket",
        # "the waterproof boots are excellent at holding water. Inside.")
        r"|\b(boots|shoes|wellies|trainers)\b[^.?!]{0,40}\b(excellent|great|good|brilliant"
        r"|amazing|fantastic|superb) at (holding|keeping in|letting in) (water|rain)\b"
        r"|\b(boots|shoes|wellies|trainers)\b[^.?!]{0,30}\b(fill|fills|filled|filling) up"
        r" (like a|with) (bucket|bath|pond|water|paddling pool)\b",
        "damaged item",
    ),
    (
        r"\b(spoken|talked|chatted|been passed) (to|between) (three|four|five|six|seven|\d+)"
        r" different (people|agents|advis[eo]rs|staff|members of staff|departments)\b",
        "rude or unhelpful service",
    ),
    # round 37 (batch 107): the size ordered, then another received ("Order SS-44910,
    # size 10 safety boots. Received: size 7, tan. Again.")
    (
        r"\bsize (\d+(\.5)?)\b[^?!]{0,40}\b(received|got|came|arrived|delivered|sent)"
        r"\s*:\s*(a |an )?(size |uk |eu )(?!\1\b)\d+",
        "wrong item",
    ),
    # round 14, after reading batch 21: "I order a 7 and get a 5", "the boots I
    # receive are size 38 but I order 39"
    (
        r"\b(order|ordered|asked for|paid for|chose|picked)\b (a |an |the )?(size |uk |eu )?"
        r"\d+(\.5)?s?\b[^.?!]{0,25}\b(get|got|receive|received|sent|came|arrived"
        r"|delivered)\b (me )?(a |an )?(size |uk |eu )?\d+(\.5)?s?\b"
        r"|\b(are|is|was|were|came|arrived) (a |an |in )?(size |uk |eu )\d+(\.5)?s?\b"
        r"[^.?!]{0,15}\bbut (i|we) (order|ordered|asked for|chose|picked|paid for)\b",
        "wrong item",
    ),
    # round 22 (batch 42): "My dad's 2-year guarantee claim was turned down", "my
    # return is being processed. Same as the last three emails."
    (
        r"\b(claim|return|refund|exchange|repair|warranty|guarantee)( request| claim)?"
        r"( was| has been| got| had been|'s been| were| have been) (turned down|refused"
        r"|rejected|declined|denied)\b"
        # round 27 (batch 50): "the 2-year guarantee on my farm boots that apparently
        # excludes... wearing them on a farm"
        r"|\b(guarantee|warranty)\b[^.?!]{0,60}\bapparently (excludes|doesn'?t cover|does not"
        r" cover|won'?t cover|isn'?t valid|is void|voids)\b",
        "refused claim",
    ),
    (
        r"\bsame as the last (two|three|four|five|six|few|\d+) (emails|replies|messages"
        r"|times|answers|letters|updates|calls)\b"
        # round 37 (batch 106): "as I've said in all four of my emails"
        r"|\b(said|explained|asked|mentioned|told you|written|wrote)\b[^.?!]{0,20}\bin"
        r" (all|each|every one) (of )?(two|three|four|five|six|\d+|my) (of my )?(emails"
        r"|messages|calls|letters|chats|replies)\b",
        "rude or unhelpful service",
    ),
    # round 22 (batch 41): "the same seam has gone in the same place within a month",
    # "the soles... have worn through in five months", "The boots you repaired are
    # worse than before"
    (
        r"\b(seams?|stitching|soles?|heels?|zips?|zippers?|straps?|buckles?|laces?|eyelets?"
        r"|linings?|toe caps?)( has| have| had|'s|'ve)? (gone|went)\b(?! (back|to|for|from|up"
        r"|down|through|in for|off to|missing|quiet|out for|a bit|all|very|really|slightly)\b)"
        # within a short time (not "the sole's gone" on ten-year-old Derbys)
        r"[^.?!]{0,30}\b(within|after|in) (just |only |barely |under |less than )?(a|one|two"
        r"|three|four|five|six|seven|eight|nine|ten|a few|\d+) (days?|weeks?|months?)\b"
        r"|\b(worn|wore|gone) (out|through)\b[^.?!]{0,20}\b(in|within|after) (just |only "
        r"|barely |under |less than )?(a|one|two|three|four|five|six|seven|eight|nine|ten"
        r"|eleven|a few|\d+) (days?|weeks?|months?)\b"
        r"|\b(repaired|resoled|re-?soled|mended|fixed|restitched|re-?heeled)\b[^.?!]{0,40}"
        r"\b(are|is|'re|'s|came back|come back|now) (even |much |far )?worse\b",
        "damaged item",
    ),
    # "the buckle lasted almost a whole afternoon", "they lasted all of two weeks"
    (
        r"\blasted (me |us )?(all of|almost|nearly|barely|just|only|about|less than"
        r"|under|not even) (a |an |one |two |three |four |\d+ )?(whole |full |entire )?"
        r"(hour|afternoon|morning|evening|day|night|week|month|wash|wear|walk|outing)s?\b"
        # round 24 (batch 46): "my two year guarantee boots lasted four months"
        r"|\b(guarantee|guaranteed|warranty)\b[^.?!]{0,40}\blasted (me |us )?(just |only "
        r"|barely )?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|a few|\d+)"
        r" (days?|weeks?|months?)\b",
        "damaged item",
    ),
    # round 31 (batch 67): "Great wellies. Superb at letting the river in."
    (
        r"\b(letting|lets|let|letting in) (the )?(river|water|rain|wet|sea|puddles?|stream"
        r"|damp|snow) (in|through)\b",
        "damaged item",
    ),
    # round 31 (batch 55): "Tread on my trail shoes has worn smooth after 150 miles. At
    # £140 I expected a lot more than that.", "Cushioning on these 'premium' running
    # shoes lasted a whole 80 miles."
    (
        r"\blasted (me |us )?(a whole|a grand total of|a massive|a staggering"
        r"|an impressive|a mighty|a heroic) (\d+|one|two|three|four|five|six|seven|eight"
        r"|nine|ten) (miles|km|days|weeks|wears|runs|walks|hours|months)\b"
        r"|\b(at|for) [£$€] ?\d+[^.?!]{0,30}\b(i|we|you'?d|one would|anyone would)"
        r" (expected|expect|would expect|'d expect|'d have expected|would have expected)"
        r" (a (lot|bit|little|good deal) |much |far |way )?(more|better)\b"
        r"|\b(i|we) (expected|had expected) (a (lot|bit|little|good deal) |much |far |way )?"
        r"(more|better) (than that|for (that|the price|the money|£ ?\d+))\b",
        "damaged item",
    ),
    # "the Leeds shop shut an hour early on the day I drove 40 minutes"; "the man in
    # the Bath shop told my daughter she was too big... in front of the whole queue"
    (
        r"\b(shut|closed|locked up) (up )?(an hour|half an hour|\d+ (minutes|mins|hours?)"
        r"|two hours|early)( early)? (on|when|while|as|just as|before|today|yesterday"
        r"|even though|despite)\b"
        r"|\btold (me|us|him|her|my \w+)( that)? (she|he|i|we|they)('s|'re| was| were"
        r"| is| are) too (big|fat|heavy|old|wide|chubby|poor)\b",
        "rude or unhelpful service",
    ),
    # batch 23: "I paid £5.95 for next day delivery and got it on day four"; "the
    # belt I ordered arrived without its buckle" (not "without a scratch")
    (
        r"\b(next|same)[- ]day (delivery|shipping|dispatch|postage)\b[^.?!]{0,60}\b(on day"
        r" (two|three|four|five|six|seven|\d+)|(two|three|four|five|six|seven|\d+) days"
        r" (later|after))\b",
        "late delivery",
    ),
    (
        r"\b(arrived|came|delivered|turned up|sent|showed up)\b[^.?!]{0,15}\bwithout (its"
        r"|the|a|an|any|their|his|her|one of the) (?!(scratch|hitch|fuss|problem|issue"
        r"|damage|mark|delay|drama|bother|quibble|question|a (scratch|hitch|mark)))\w+",
        "missing item",
    ),
    # round 14, after reading batch 25 (measured blind with the round's final system):
    # "Sent my belt off for repair in January. It's now April."
    (
        rf"\b(in|since|back in|on) ({MONTHS_ALT})\b[^?!]{{0,40}}\b(it'?s|it is|we'?re"
        rf"|we are) (now )?(in )?({MONTHS_ALT})\b",
        "late delivery",
    ),
    # round 25 (batch 48): "the bag I ordered arrived with a scratch right across the
    # front"; "the suede has gone shiny and flat after three wears"
    (
        r"\b(arrived|came|was delivered|turned up)( to me)? with (a|an|some) (\w+ )?(scratch"
        r"|scuff|dent|tear|rip|hole|stain|crack|chip|split|gash)\b"
        r"|\b(gone|went|turned|going|worn) (all |completely |totally )?(shiny|flat|bald|thin"
        r"|patchy|baggy|saggy|cracked|see-?through|through|smooth)\b[^.?!]{0,30}\bafter (only |just )?"
        r"(one|two|three|four|five|six|a few|a couple of|\d+) (wears?|outings?|days?|weeks?"
        r"|washes|walks|runs|miles|km)\b",
        "damaged item",
    ),
    # "the box arrived with just the tissue paper in it"; "lists 3 items but only 2
    # arrived"
    (
        r"\b(with )?(just|only) (the )?(tissue|tissue paper|packaging|paper|wrapping|bubble"
        r" wrap|receipt|invoice|note|dust bag|lid|empty box)( paper)? in (it|them)\b"
        r"|\b(\d+|two|three|four|five|six) (items|pairs|things|parcels|boxes)\b[^.?!]{0,30}"
        r"\bbut only (\d+|one|two|three|four|five)( of them)? (arrived|came|turned up"
        r"|were delivered|were in)\b",
        "missing item",
    ),
    # "I ordered the tan belt and was sent the brown one"
    (
        r"\bordered (the |a |an )?\w+( \w+)? and (was|were|have been|got) sent (the |a |an )"
        r"?\w+( \w+)?\b",
        "wrong item",
    ),
    # round 31 (batch 55): "the box had a size 11 in it. We ordered a 1."; (batch 60)
    # "the box had one size 6 and one size 7 in it"
    (
        r"\b(box|bag|parcel|package) (had|has|contained|contains|came with) (a|one|the) (size|uk|eu) ?"
        r"(?P<sent>\d+(\.5)?)\b[^?]{0,30}[.!;,]\s*(but )?(we|i|she|he) (ordered|asked for"
        r"|paid for|wanted) (a |one |the )?(size |uk |eu )?(?!(?P=sent)\b)\d"
        # round 31 (batch 63): "you sent one size 9 and one size 10"
        # round 31 (batch 67): "Wonderful to receive one size 10 and one size 8"
        r"|\b(box|bag|parcel|package|you|they|to|i|we) (had|has|contained|contains|came with"
        # round 34 (batch 97): "I always wanted one size 8 and one size 10"
        r"|sent|sent me|delivered|receive|received|got|get|always wanted) one (size |uk"
        r" |eu )?"
        r"(?P<one>\d+(\.5)?) and (one|the other) (a )?(size |uk |eu )?(?!(?P=one)\b)\d"
        # round 31 (batch 69): "found a size 4 in one box and a size 5 in the other"
        r"|\ba size (?P<a>\d+(\.5)?) in one (box|shoe|side|bag)\b[^.?!]{0,10}\b(and )?a size"
        r" (?!(?P=a)\b)\d+(\.5)? in the other\b",
        "wrong item",
    ),
    # round 31 (batch 60): "The christening was yesterday. The shoes arrived this morning."
    (ARRIVED_AFTER_THE_DAY, "late delivery"),
    # round 31 (batch 70): "explained the same problem to four different people, each
    # one was lovely and not one of them fixed it"
    (
        r"\b(explained|told|repeated|described) (the same|my) (problem|issue|story|thing)"
        r" to (\d+|two|three|four|five|six|several|multiple|different) (different )?(people"
        r"|agents|advisors|advisers|staff|members of staff)\b"
        r"|\b(not one|none) of (them|you|the \w+) (fixed|sorted|solved|resolved|helped)\b",
        "rude or unhelpful service",
    ),
    # round 31 (batch 72): "checkout took the 20% off, then the confirmation email
    # shows full price and so does my bank", "convert my order to pounds, then
    # dollars, then pounds again so my bank could charge me three fees"
    (
        r"\b(code|discount|\d+% off|voucher)\b[^?]{0,80}\b(shows?|showing|says|charged( me)?"
        r"|taken|took|charging) (me )?(the )?full price\b"
        r"|\bcharged? (me|us) (two|three|four|\d+|multiple|several) (fees|times|charges"
        r"|conversion fees)\b",
        "unexpected charge",
    ),
    # round 31 (batch 69): "Why does my account show 0 points when I've spent over
    # £400", "the new app... managed to lose every single one of my loyalty points"
    (
        r"\b(show|shows|showing|says|has|have) (0|zero|no) (loyalty )?points\b[^.?!]{0,40}"
        r"\b(when|but|even though|although|despite|after)\b"
        r"|\b(lost|lose|wiped|deleted|erased|reset) (every single one of|all( of)?|every one"
        r" of) my (loyalty )?(points|vouchers|credit|gift cards?|order history)\b",
        "something not working",
    ),
    # round 31 (batch 71's near cases): "the prize I won in the newsletter draw is still
    # a surprise six months on"
    (
        r"\bstill (a surprise|a mystery|to come|on its way|pending)\b[^.?!]{0,15}\b(\w+|\d+)"
        r" (months?|weeks?) (on|later)\b",
        "late delivery",
    ),
    # round 31 (batch 67): "checked the tracking page roughly four hundred times. It's
    # day twelve."
    (
        r"\b(tracking|parcel|order|delivery|waiting|trainers|shoes|boots)\b[^?]{0,80}"
        r"\b(it'?s|it is|now on|we'?re on|this is) (now )?day (\d{1,3}|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[\w-]*"
        r"|thirty[\w-]*)\b",
        "late delivery",
    ),
    # round 31 (batch 63): "the boots you promised for today are sitting in a depot in
    # Warrington"
    (
        r"\b(is|are|'s|'re|been) (still |just )?(sitting|sat|stuck|languishing) (in|at)"
        r" (a|the|your|some) (\w+ )?(depot|warehouse|hub)\b",
        "late delivery",
    ),
    # round 15, after reading batch 26 (measured blind with round 14's final system):
    # "Both trainers in the box are left feet.", "refunding me £0.00 for a £70 pair",
    # "given my order number to five different people and none of them wrote it down"
    (
        r"\b(both|the two|two) (\w+ ){0,4}(are|were|came as) (both )?(left|right)[ -](feet"
        r"|foot|footed|ones|shoes|boots|trainers|sandals|slippers)\b"
        r"|\b(are|were) both (left|right)s?\b",
        "wrong item",
    ),
    # round 39 (batch 147): "Cheers fur the refund o £0.00, very generous."
    (
        r"\brefund (of|o|for) [£$]0(\.00)?(?![.\d])",
        "refund",
    ),
    (
        # (round 37, batch 127: "refunding me GBP 0.00")
        r"\brefund(ed|ing)?( me| us)? (of )?(£|gbp) ?0(\.00)?(?!\.?\d)|£ ?0(\.00)?(?!\.?\d)"
        r" refund",
        "refund",
    ),
    (
        r"\b(given|told|explained|repeated|sent|read out) (\w+ ){0,4}to (two|three|four|five"
        r"|six|seven|\d+) (different )?(people|agents|staff|advis[eo]rs|members of staff"
        r"|colleagues|departments)\b",
        "rude or unhelpful service",
    ),
    # batch 27 (measured blind with round 15's final system): "went in today and they
    # cant find it"
    (
        r"\b(they|staff|the (shop|store|branch|team|staff)|nobody|no one|no-one)( still)?"
        r" (can'?t|cant|cannot|couldn'?t|couldnt|could not) (find|locate|trace)( it| them"
        r"| my \w+| the (parcel|order|box|package))\b(?! (at first|initially|for a (minute"
        r"|moment|bit|while)))",
        "missing item",
    ),
    # staff chatting while the customer stood at the till
    (
        r"\b(chat|chatting|chatted|gossip|gossiping|on (their|her|his) phones?|talking)\b"
        r"[^.?!]{0,60}\bwhile (i|we) (stood|waited|queued|hung around)\b",
        "rude or unhelpful service",
    ),
    # round 18 (batch 32, measured blind with round 17's final system): "the promo
    # code expired while I was typing it in", "the verification code arrived 40
    # minutes after it expired", "my gift card says EXPIRED when it was bought last
    # week", "a beautifully black screen with no buttons on it"
    (
        r"\b(code|voucher|link|session|offer|discount|coupon|basket)s? (had |has |have )?"
        r"(expired|timed out|run out|ran out)\b[^.?!]{0,20}\b(while|as|before|when|just"
        r" as) (i|we)\b"
        r"|\b(arrived|came|turned up|landed|got here)\b[^.?!]{0,30}\bafter (it|they|the"
        r" \w+)( had)? (expired|timed out|ended|closed|run out)\b"
        r"|\b(says?|shows?|showing|saying)\b[^.?!]{0,25}\b(expired|invalid|already (used"
        r"|redeemed)|not valid)\b[^.?!]{0,15}\b(when|but|even though|although)\b"
        r"|\b(blank|black|white|frozen|grey) screen\b(?! protector)",
        "something not working",
    ),
    # round 30 (batch 59): "Per my email dated the 14th, per my email dated the 21st,
    # and per my email dated the 28th: where is order SS-30021?"
    (
        r"\b(per|as per|further to) my (\w+ )?(email|message|letter|call)s?\b[^?]{0,60}"
        r"\b(per|as per|further to) my (\w+ )?(email|message|letter|call)s?\b",
        "long wait",
    ),
    # round 30 (batch 56): "gr8 new app. cant find basket now. genius"
    (
        r"\b(can'?t|cannot|cant|can not) (find|see|get to) (the |my )?(basket|checkout|bag"
        r"|cart|search|menu|login|log ?in|sign ?in|wishlist|size guide|filters?|button)\b"
        r"[^.?!]{0,20}\b(now|anymore|any ?more|since)\b",
        "something not working",
    ),
    # round 18 (batch 33, measured blind with round 18's final system): "my loyalty
    # points from the purchase on the 8th never appeared", "It's been growing since
    # February, much like the wait for my order"
    (
        # round 30 (batch 56): "points not added. 4th order now"
        r"\b(points|cashback|discount)( still)? (not|never|weren'?t|wasn'?t) (added|credited"
        r"|applied|given)\b(?! yet\b)|"
        r"\b(points|refund|credit|voucher|code|discount|money|cashback|balance)\b[^.?!]{0,60}"
        r"\b(never|still not|still haven'?t|still hasn'?t|haven'?t|hasn'?t|didn'?t)"
        r" (appeared|showed up|shown up|come through|came through|added|credited|been (added|credited"
        r"|applied)|got added)\b"
        r"|\bsince ("
        + MONTHS_ALT
        + r"|last (week|month))\b[^.?!]{0,40}\b(the|my) wait\b",
        "late delivery",
    ),
    # round 24 (batch 46): "went to use it today and it says the balance is zero
    # pounds it was fifty", "tried 3 devices... I've been at this since lunch", "the
    # store sent me online, and online sent me to the store"
    (
        # (round 33, batch 76: "Gift card ... shows a £0 balance. She's had it three
        # days and made zero purchases.")
        r"\b(balance|gift ?card|voucher)\b[^.?!]{0,30}\b(is|says|shows|showing|reads|of)"
        r" (a )?[£$€]?(0|zero|nothing|nil)\b(?![.,]\d)[^.?!]{0,40}\b(it was|it had|there was"
        r"|should (be|have)|but|when|even though|although|never (been )?used|first time"
        # round 31 (batch 55): "says its got a balance of zero and she hasnt used it yet"
        r"|(has|have|had)(n'?t| not) (even )?(been )?used)\b"
        r"|\b(balance|gift ?card|voucher)\b[^.?!]{0,40}\b(is|says|shows|showing|reads|of)"
        r" (a )?[£$€]?(0|zero|nothing|nil)\b(?![.,]\d)(?:[^.?!]|[.!] ){0,60}\b(made|making)"
        r" (zero|no) purchases\b"
        # round 33 (batch 76): "My points balance is the same as it was before my last
        # three orders."
        r"|\bpoints? balance (is|was|has been|stayed|is still) (still )?(exactly )?(the same"
        r"|unchanged)\b[^.?!]{0,40}\b(before|despite|after|since) (my|our|the) (last|latest"
        r"|recent|\w+ recent)\b"
        r"|\btried (it )?(on )?(\d+|two|three|four|five|six|several|multiple|different|all"
        r" my) (different )?(devices|browsers|phones|laptops|cards)\b"
        r"|\b(the |your )?(shop|store|branch|website|site|app|online|phone line|chat)"
        r" (team )?sent me (back )?(online|to (the |your )?\w+)\b[^.?!]{0,30}\b(and|then|who"
        r"|which)\b[^.?!]{0,30}\bsent me (back )?(online|to)\b|\bpillar to post\b",
        "something not working",
    ),
    # batch 32: "five years of collecting points and they vanish overnight"
    (
        r"\b(vanish|vanishes|disappear|disappears) (overnight|without (a )?(trace|warning"
        r"|explanation|word)"
        # round 31 (batch 67): "points vanish before anyone can spend them"
        r"|before (anyone|i|we|you|people|customers) (can|could|get to|gets to) (spend|use))\b"
        # round 31 (batch 67): "Loyalty points yesterday: 3,100. Today: 0."
        r"|\b(points|balance)\b[^?]{0,40}\b(today|now)[:,]? (is |are )?(0|zero|nothing|nil)"
        r"\b(?![.,]\d)"
        # round 31 (batch 67): "Thanks ever so much for cancelling my son's order without
        # a word."
        r"|\bcancel+(ed|ing) (my|our|the)( [\w']+){0,2} (order|booking|repair|collection)"
        # round 32 (batch 80): "... my order the night before my first day without a word"
        r"\b[^.?!]{0,40}? without (a word|warning|telling|notice|any notice|explanation|asking|a reason)\b"
        # round 28 (batch 52): "the loyalty points ... vanish the second I try to use
        # them"
        r"|\b(vanish|vanishes|vanished|disappear|disappears|disappeared) (the (second"
        r"|moment|minute|instant)|as soon as|whenever|every time|each time) (i|we) (try"
        r"|tried|go|went|want|log)",
        "missing item",
    ),
    # round 21 (batch 39, measured blind with round 20's final system): "My loyalty
    # points went from 2,400 to 0 overnight.", "'Your order has been collected in
    # store.' I've been at work all week. Who collected it?"
    (
        r"\b(points|balance|credit|gift card|voucher)\b[^.?!]{0,30}\b(went|dropped|gone"
        r"|fell|reset|been wiped|wiped)( from [£$€]?[\d,.]+)? (to|down to|back to)"
        r" [£$€]?(0|zero|nothing|nil)\b(?![.,]\d)"
        r"|\bwho (collected|signed for|picked up|took in|received) (it|them|my (parcel"
        r"|order|package|boots|shoes))\s*\?",
        "missing item",
    ),
    # round 21 (batch 39): "the festival wellies to me the Tuesday after the
    # festival", "the non-slip chef shoes are so non-slip I went flying", "the 2-year
    # guarantee... apparently runs out at 14 months"
    (
        r"\b(arrived|arriving|came|turned up|delivered|delivering|getting|got|landed"
        r"|showed up)\b[^.?!]{0,40}\b(monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday|day|days|week|weeks|fortnight) after (the|my|our|his"
        r"|her|their) (festival|wedding|party|holiday|trip|event|birthday|funeral|christening"
        r"|match|race|interview|concert|gig|big day|hen do|stag do|ceremony|graduation"
        # round 32 (batch 79): "the team's new boots arrived the day after the final"
        r"|prom|final|cup final|semi-?final|tournament|fixture|game|competition|marathon"
        r"|recital|show|performance|exam|first day|tour)\b",
        "late delivery",
    ),
    (
        r"\bnon-?slip\b[^?!]{0,60}(\b(i|she|he|we)|[,;]|\band) (straight )?(slipped|slid"
        # (round 38, batch 137: "Bought the non-slip shoes for the ice cream van, went
        # straight down on the wet floor first shift", "bought your work shoes on the
        # strength of the non-slip claim. Unfortunately they've been quite slippy")
        r"|skidded|went flying|fell (over|down|flat)|went (straight )?(over|down|flying))\b"
        r"|\bnon-?slip\b[^?!]{0,80}\b(they|these|those|the soles?)('ve| have| are|'re| were)"
        r"( been)? (quite |very |really |so |a bit |rather |pretty )?(slippy|slippery|lethal"
        r"|like ice)\b"
        r"|\b(2|two)[- ]year (guarantee|warranty)\b[^.?!]{0,60}\b(runs out|ran out|ends"
        r"|ended|expires|expired|stops|stopped|lasts|lasted|covers?) (at|after) (1?\d"
        r"|2[0-3]|six|eight|ten|twelve|fourteen|sixteen|eighteen) months\b",
        "something not working",
    ),
    # round 32 (batch 66, read after its blind run): a polite complaint about a shop
    # assistant ("sighed when I handed them over", "it's not what I've come to
    # expect")
    (
        r"\b(sighed|tutted|huffed|rolled (her|his|their) eyes)\b[^.?!]{0,40}\b(when|as"
        r"|while) (i|we|my \w+) (handed|asked|brought|gave|passed|explained|came|showed)\b"
        r"|\bnot what (i'?ve|i have|we'?ve|we have|i'?d|i had|we'?d) come to expect\b",
        "rude or unhelpful service",
    ),
    # round 32 (batch 68): "my refund has been processing for so long I reckon it's
    # earned its own loyalty points", "a free delivery offer that costs £19.50 extra
    # the second you type in a Shetland postcode"
    (
        r"\b(processing|pending|in progress|under review|being processed)( now)? for (so"
        r"|this|that) long\b",
        "refund",
    ),
    (
        r"[£$€]\d+(\.\d\d)? (extra|more)\b[^.?!]{0,10}\b(the (second|moment|minute"
        r"|instant)|as soon as) (you|i|we) (type|enter|put|add|choose|select|pick)\b",
        "unexpected charge",
    ),
    # round 32 (batch 74): "I've rung the Birmingham store six times today and it just
    # rings out."
    (
        r"\b(just |still |it |phone |line )(rings|rang|ringing|rung) out\b",
        "rude or unhelpful service",
    ),
    # round 32 (batch 79, hedged): "your courier has marked my parcel as handed to me
    # in person. I was at work in Swindon all day. So who has it?", "I had 2,400
    # loyalty points on Friday... and now I have 0", "the code in your own email...
    # says 20% off everything, and your checkout says it has expired. Which is it?"
    (
        r"\bhanded to me (in person|personally)\b[^?]{0,80}\b(i was|i wasn'?t|i'?ve been"
        r"|nobody was)\b|\bwho has (it|them|my (parcel|order|package|boots|shoes))\s*\?"
        r"|\b(had|have|had got) [\d,]+ (loyalty )?points\b[^?]{0,100}\b(now|today) (i have"
        r"|i'?ve got|there'?s|it'?s|it says|it shows|i'?m on) (0|zero|none|nothing|nil)\b"
        r"(?![.,]\d)"
        # round 36 (batch 114): "My loyalty balance showed 2,400 points yesterday. Today
        # it shows 0."
        r"|\b(showed|had|was|read) [\d,]+ (loyalty )?points\b[^?]{0,60}\b(today|now) (it )?"
        r"(shows|says|reads|is|has|i have) (0|zero|none|nothing|nil)\b(?![.,]\d)"
        # round 37 (batch 118): "My loyalty balance went from 2,340 points to zero
        # overnight."
        r"|\b(balance|points) (went|dropped|fell|has gone|'s gone) from [\d,]+( points)?"
        r" to (0|zero|nothing|nil)\b(?![.,]\d)"
        # round 37 (batch 106): "gift card balance was £50 yesterday, today it's £0 and
        # I've bought nothing"
        r"|\b(balance|card) (was|showed|had|said|read) £[\d,.]+[^?]{0,40}\b(today|now)"
        r" (it'?s|it is|it shows|it says|it reads|it has|i have) £?(0|zero|nothing|nil)\b"
        r"(?![.,]\d)",
        "missing item",
    ),
    (
        r"\bsays\b[^?]{0,120}\b(says|said)\b[^?]{0,60}\bwhich (one )?is it\s*\?"
        # round 36 (batch 115): "The man in the Leicester shop told me... Your website
        # says in store is fine. So which is it, because I've now made the trip twice"
        r"|\b(says|said|told me)\b[^?]{0,120}\b(says|said)\b[^?]{0,60}\bwhich (one )?is"
        r" it,"
        # round 32 (batch 79): "I assumed 'waterproof' meant the water stayed outside"
        r"|\b(assumed|thought|presumed|figured) ['\"\u2018\u201c]?(waterproof|water-?resistant"
        r"|non-?slip|breathable)['\"\u2019\u201d]? meant\b",
        "something not working",
    ),
    # round 32 (batch 80): "Well done for getting my interview shoes to the right town.
    # Shame it was Newport in Wales and I live in Newport, Shropshire."
    (
        r"\b(shame|pity|except|only) (it|that) (was|is) [^.?!]{0,40}\band (i|we) live in\b"
        # round 32 (batch 81): "sending my four children's school shoes to an address
        # in Wales. I'm sure someone there is enjoying them. We live in Kent."
        r"|\bto an? (address|house|flat|street) in\b[^?]{0,80}\b(we|i) live in\b"
        # round 33 (batch 89): "Thanks so much for sending my boots to the house I moved
        # out of."
        r"|\b(sent|sending|delivered|delivering|posted|posting) (my|our|the) (\w+ ){0,2}to"
        r" (the|my|our) (house|flat|address|place) (i|we) (moved|had moved) out of\b",
        "wrong address",
    ),
    # round 32 (batch 82): "Due on the 3rd. It's the 19th."; "emailed a voucher for
    # the wrong amount"
    (
        r"\bdue (on )?the \d{1,2}(st|nd|rd|th)\b[^?]{0,20}[.,;]? (and )?(it'?s|today is)"
        r" (now )?the \d{1,2}(st|nd|rd|th)\b",
        "late delivery",
    ),
    (r"\b(for|of) the wrong (amount|total|price|value|sum)\b", "refund"),
    # round 32 (batch 73, set out like a form): "Delivery paid for: Next day / Days
    # since ordering: 8"; "Store says: '...' / Online says: 'please go to the store'"
    (
        r"\bdays (since|after) (ordering|order(ed)?|i ordered|we ordered|dispatch|payment"
        r"|paying)\s*[:=-]\s*([4-9]|\d\d+)\b",
        "late delivery",
    ),
    (
        r"\b(store|shop|branch)( team| staff)? (says|said)\b.{2,80}?\b(online|website"
        r"|the website|site|app|customer service|head office)( team)? (says|said)\b.{0,60}?"
        r"\b(store|shop|branch)\b",
        "something not working",
    ),
    # round 36 (batches 98 and 99, read this round): "Order SS-52117 says delivered at
    # 11:02. I was in the parish office all morning... Where is it?", "Courier says
    # delivered to a safe place. Must be so safe even I can't find it."
    (
        r"\b(says|said|showing|shows|marked|marked as|shown as) delivered\b[^?]{0,160}"
        r"\b(where (is|are) (it|they|my \w+)\s*\?|(i )?(can'?t|cannot|couldn'?t) find"
        r" (it|them)\b)",
        "parcel marked delivered but not received",
    ),
    # "The resole was meant to take 10 days. Day 31 today", "a courier who left them on
    # the front steps of the police station for anyone to take", "four emails and not a
    # single reply", "another we're sorry for the delay email. That's five now."
    (
        r"\b(meant|supposed|due|promised|quoted|said) to take (\d+|a|one|two|three|four"
        r"|five|six|ten|a few) (working )?(days?|weeks?)\b[^?]{0,60}\b(day|week) \d+"
        r" (today|now)\b"
        r"|\banother\b[^.?!]{0,60}\b(emails?|texts?|messages?|updates?|apolog\w+)\b"
        r"[^?]{0,40}\bthat'?s (three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d)"
        r" (now|so far)\b",
        "late delivery",
    ),
    (
        r"\b(courier|driver|postman|postie|who|they|he|she) left (them|it|my|the)\b"
        r"[^.?!]{0,80}\bfor anyone to (take|nick|steal|pinch|grab)\b",
        "missing item",
    ),
    (
        r"\b(not a single|not one|zero) (reply|response|answer|word back)\b",
        "rude or unhelpful service",
    ),
    # round 36 (batches 108 and 109, measured blind this round): "Charged for 2 pairs,
    # 1 arrived.", "your warehouse sent a pair of men's size 10s to a woman who ordered
    # a 4?"
    (
        r"\b(charged for|paid for|ordered|bought) (?P<paid>\d+|two|three|four|five|six)"
        r" (pairs|items|boxes)\b[^.?!]{0,30}?\b(?!(?P=paid)\b)(\d+|one|two|three|four"
        r"|five) (pairs? |items? |boxes? )?(arrived|came|turned up)\b",
        "missing item",
    ),
    (
        r"\b(sent|sending|delivered|posted)\b[^.?!]{0,60}\bsize \d+(\.5)?s?\b[^.?!]{0,40}"
        r"\b(who|when (i|we|she|he)) (had )?ordered (a |an |size )?\d",
        "wrong item",
    ),
    # round 36 (batches 110 and 111, measured blind this round): "let in water on his very
    # first walk", "Ordered boots specifically for the Remembrance parade on the 11th.
    # It's the 12th.", "the box had a pair of children's wellies in it. I ordered men's
    # brogues.", "Your boots have now taken longer to reach me than my campaign medal
    # did.", "two hours in the chat queue"
    (r"\b(let|lets|letting) in (the )?(water|rain|wet|puddles?)\b", "damaged item"),
    (
        r"\bfor (the|a|my|our|his|her) [^.?!]{0,40}\bon the \d{1,2}(st|nd|rd|th)\b[.,;]?"
        r" (and )?(it'?s|today is) (now )?the \d{1,2}(st|nd|rd|th)\b"
        r"|\b(have|has) (now |already )?taken longer (to [\w ]{1,25} )?than\b",
        "late delivery",
    ),
    (
        r"\b(box|parcel|bag|package) had\b[^.?!]{0,60}\bin it\b\s*[.,;]\s*((but )?(i|we)"
        r" (had )?ordered\b"
        # round 36 (batch 115): "the box had a size 6 in it. I'm an 11."
        r"|(i'?m|i am) an? (size )?\d)",
        "wrong item",
    ),
    (
        r"\b(\d+|two|three|four|five|six) (hours?|hrs?) (in|on) (the|your|a) (chat |phone"
        r" |online )?(queue|hold)\b"
        # round 36 (batch 115): "Wow, 40 minutes on hold."
        r"|\b(([2-9]\d|1\d\d|twenty|thirty|forty|forty-five|fifty|sixty|ninety) (minutes"
        r"|mins)|(\d+|an|one|two|three) (hours?|hrs?)) on hold\b",
        "long wait",
    ),
    # round 36 (batches 112 and 113, measured blind this round): "my boots arrived! Just
    # the one boot though.", "a refund that takes longer than the original boots
    # lasted", "1,200 loyalty points... have gone from my account", "my points expired
    # the day before I went to use them"
    (
        r"\barrived\b[^?]{0,40}\b(just|only) (the )?one (boot|shoe|trainer|wellie|welly"
        r"|sandal|slipper)\b",
        "missing item",
    ),
    (
        r"\b(longer|more time) than (the|my|they|it) [^.?!]{0,30}\blasted\b",
        "late delivery",
    ),
    (
        r"\bpoints\b[^.?!]{0,60}\b(have|has) (gone|disappeared|vanished) (from|off)\b"
        r"|\bexpire[sd]? (the )?(day|week|hour|morning|night) before (i|we|my|our)\b",
        "something not working",
    ),
    # round 36 (batches 114 and 115, measured blind this round): "I've phoned four times
    # this week about my order", "waited in all day... for a parcel that went back to
    # the depot instead", "how slow you are at giving it back"
    (
        r"\b(phoned|called|rung|rang|emailed|messaged|chased|written|contacted)( you"
        r"| your \w+)? (three|four|five|six|seven|several|multiple|[3-9]|\d\d) times\b",
        "rude or unhelpful service",
    ),
    (
        r"\bwaited in (all day|all morning|all afternoon)\b[^?]{0,100}\b(back to the"
        r" (depot|warehouse|sender|sorting office)|never (came|arrived|turned up))\b",
        "missing item",
    ),
    (r"\bhow slow (you are|you'?re|you lot are)\b", "something not working"),
    # round 40 (batches 148, 149, 168 to 171, read this round): "five different people
    # on chat give me five different dates", "the boots have toured every depot in
    # Scotland", "only to find it was never sent there", "charging me full price after
    # I used a 30 percent code", "the collection slot... has now passed twice without
    # the parcel being ready", "my loyalty pts... arent showing", "shows balance £0",
    # "3 wks for a refund"
    (
        r"\b(three|four|five|six|seven|several|[3-9]) different (answers|dates|stories"
        r"|excuses|delivery dates)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(toured|visited|been to|seen|done a tour of) (every|each|all the) (depot"
        r"|sorting office|warehouse|hub)s?\b",
        "late delivery",
    ),
    (
        r"\bonly to (find|be told|discover|learn)( that)? (it|they|the \w+|my \w+)"
        r" (was|were|had)( never|n'?t| not)( been)? (sent|there|arrived|ready|delivered"
        r"|in stock)\b",
        "missing item",
    ),
    (r"\b(charging|charge|billing) (me )?(the )?full price\b", "unexpected charge"),
    (
        r"\bwithout (the|my) (parcel|order|boots|shoes|item|bag) being ready\b",
        "late delivery",
    ),
    (
        r"\b(points|pts)\b[^.?!]{0,40}\b(arent|aren'?t|are not|still not|isn'?t|is not)"
        r" (showing|there|on my account|added|appearing)\b",
        "something not working",
    ),
    (
        r"\b(gift card|card|voucher)\b[^.?!]{0,40}\b(shows|showing|says) (a )?balance"
        r" (of )?[£$€]?0(\.00)?\b",
        "something not working",
    ),
    (
        r"\b(\d+|two|three|four|five|six) (wks|wk|mths|mnths) (for|to get|to send"
        r"|to refund) (a|my|the)? ?(refund|reply|answer|parcel|order)\b",
        "refund",
    ),
    # round 40 (batches 172 to 175, read this round): "arrived just in time - for the
    # craft fair that ended yesterday", "the refund take forever", "a lovely long holiday
    # in a depot in Daventry", "it worked on precisely none of them", "I'd like them
    # redone at your cost", "getting it slower than standard", "I'm on four, and
    # counting", "sending my son a size 13 when he is a size 8", "told me to 'check my
    # order status' eleven times"
    (
        r"\bin time\b[^.?!]{0,10}\bfor the [\w' ]{1,25} that (ended|finished|was|happened)"
        r" (yesterday|last \w+|on \w+)\b",
        "late delivery",
    ),
    (
        r"\brefunds? (take|takes|taking|took|is taking) (forever|ages|an age|an eternity)\b",
        "refund",
    ),
    (
        r"\b(holiday|vacation|trip|tour|break|sabbatical|stay) in (a|the|your) (depot"
        r"|sorting office|warehouse|hub)\b",
        "late delivery",
    ),
    (
        r"\b(worked|works|work|applied) on (precisely |exactly |absolutely )?none of"
        r" (them|it|the \w+)\b",
        "something not working",
    ),
    (
        r"\b(redone|replaced|fixed|repaired|sorted) at your (own )?(cost|expense)\b",
        "refund",
    ),
    (
        r"\bslower than (standard|normal|regular|free|economy)( delivery| shipping| post)?\b",
        "late delivery",
    ),
    (
        r"\b(i'?m|i am|we'?re|we are) on (three|four|five|six|seven|eight|nine|ten|\d+)"
        r"( emails| calls| messages| chats)?,? and counting\b"
        r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (emails|calls"
        r"|messages|chats|phone calls),? and counting\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(sent|sending|send) (me|us|my \w+) an? (size |uk )?\d+(\.5)? when (i|he|she|we"
        r"|they)('m| am| is|'s| are|'re) an? (size |uk )?\d+",
        "wrong item",
    ),
    (TOLD_TO_REPEATEDLY, "rude or unhelpful service"),
    # round 41 (batches 179-181): "I ask for black, you send me pink", "My abba's shoes
    # came one black and one brown", "the shoes I received are used, there is mud on
    # the soles"
    (
        r"\b(i|we) (ask|asked|order|ordered|want|wanted|chose|picked|paid) (for )?(the )?"
        r"(?P<asked>"
        + COLOURS_ALT
        + r")\b( ones?| pair| shoes| boots| trainers)?[,.;]? "
        r"(and |but |then )?(you|they) (send|sent|give|gave|deliver|delivered)( me| us)? "
        r"(the )?(?!(?P=asked)\b)(" + COLOURS_ALT + r")\b"
        r"|\b(came|arrived|come|turned up|were delivered|you sent( me)?|you'?ve sent( me)?"
        r"|they sent( me)?) (as )?one (?P<pair>" + COLOURS_ALT + r") and one "
        r"(?!(?P=pair)\b)(" + COLOURS_ALT + r")\b",
        "wrong item",
    ),
    (
        r"\b(i|we) (received|got) (are|were|is|was) (clearly |obviously |definitely )?(used"
        r"|worn|second[- ]hand|pre-worn|pre-owned)\b(?! (to|for|by|as|in|on|with|at)\b)",
        "damaged item",
    ),
    # round 41 (batches 182-185): "the replacement you sent has exactly the same split in
    # the heel as the first one. That's two I've had to send back now.", "the
    # 'waterproof' boots filled up in the first puddle"
    (
        r"\b(has|had|with|got) (exactly |just )?the same (split|fault|hole|tear|crack"
        r"|defect|flaw|rip|leak)\b"
        r"|\b(two|three|four|five|\d+)( pairs?| of them)? (i'?ve|we'?ve|i have|we have) had"
        r" to (send|return|take) back\b"
        r"|(?<![a-z])['\"\u2018\u201c](waterproof|water-?resistant|non-?slip)['\"\u2019"
        r"\u201d](?![a-z])",
        "damaged item",
    ),
    # round 41 (batch 183): "drove all the way to Truro to pick up a click and collect
    # that apparently doesn't exist", "what kind of bloody cowboy outfit are you
    # running?"
    (
        r"\b(click and collect|order|parcel|booking|refund|account|item|reservation) that"
        r" (apparently |supposedly )?(doesn'?t|does not|didn'?t|did not) exist\b"
        r"|\bwhat (kind|sort) of (\w+ ){0,3}(outfit|operation|circus|shambles) (are you"
        r"|is this|you'?re)\b",
        "rude or unhelpful service",
    ),
    # round 41 (batch 183): "Ordered boots for a job in October, they arrived in
    # January."
    (
        r"\bordered\b[^.?!]{0,40}\bin (?P<ordered>" + MONTHS_ALT + r")\b[^?!]{0,40}"
        r"\b(arrived|came|turned up|got here|showed up) in (?!(?P=ordered)\b)("
        + MONTHS_ALT
        + r")\b(?![^.?!]{0,30}\b(as (promised|planned|expected|agreed)|on time))",
        "late delivery",
    ),
    # round 43 (batch 196): "Cheers fi di size 9 when mi order size 7" (not "ordered a 5
    # when I'm clearly a 6": the customer's own slip)
    (
        r"\b(size|a|an|uk|the) (\d+(\.5)?|" + COLOURS_ALT + r")( ones?| pair)?\b"
        r"[^.?!]{0,30}?\bwhen (i|we|mi|me)('?d| had| did)? (ordered|order|asked for|paid"
        r" for|picked|chose|selected)\b( a| an| the)?( size| uk)? (\d+(\.5)?|"
        + COLOURS_ALT
        + r")\b(?! (last|before|previously|the time before))",
        "wrong item",
    ),
    (MEANT_FOR_A_DAY_GONE, "late delivery"),
    # round 43 (batch 196): "Waited 40 minutes in the Oxford Street shop for my click and
    # collect"
    (
        r"\b(waited|waiting|stood|standing|queued|queueing) (for )?(over |nearly |almost"
        r" |about )?(\d+|twenty|thirty|forty|fifty|forty-five|an|a full|two|three) (minutes"
        r"|mins|hours?) (in|at) (the|your) ([\w']+ ){0,3}(shop|store|branch)\b"
        # round 45 (batch 218, its one cheerful reply, read): "Absolutely loved standing
        # in the Basildon shop for 40 mins while two staff chatted"
        r"|\b(waited|waiting|stood|standing|queued|queueing) (in|at) (the|your) ([\w']+"
        r" ){0,3}(shop|store|branch) for (over |nearly |almost |about )?(\d+|twenty"
        r"|thirty|forty|fifty|forty-five|an|a full|two|three) (minutes|mins|hours?)\b",
        "long wait",
    ),
    # round 44 (batch 199): "twice they've gone out the back to look and come back
    # empty-handed"
    (r"\b(came|come|coming|comes) back empty[- ]handed\b", "missing item"),
    # round 44 (batch 200): "Posted the trainers back ... on the 3rd. It's now the
    # 29th." (a date then, a later one now)
    (
        r"\bon the (\d{1,2})(st|nd|rd|th)\b[^?!]{0,60}\b(it'?s|it is|today'?s|today is)"
        r" (now )?the (\d{1,2})(st|nd|rd|th)\b",
        "long wait",
    ),
    # round 45 (batch 207): "Bag strap gave way mid-ceremony" (not "gave way to")
    (
        r"\b(strap|straps|sole|soles|heel|heels|zip|zipper|buckle|handle|handles|seam"
        r"|seams|stitching|clasp|eyelet|eyelets)( (on|of) (my|the|her|his|our|their)"
        r"( \w+)? \w+)?( has| have| had| just)? (gave|given|giving) way\b(?! to\b)",
        "damaged item",
    ),
    # round 45 (batch 204): "Shame the sole only lasted a month"
    (
        r"\b(only|barely|just|hardly) (lasted|survived) (a|one|two|three|four|five|six"
        r"|\d+|a few|a couple of|about a|under a|less than a)( \w+)? (days?|weeks?"
        r"|months?|wears?|outings?|walks?|shifts?)\b",
        "damaged item",
    ),
    # round 45 (batch 207): "Nine days for next-day delivery."
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen"
        r"|several) (working |business )?(days|weeks) (for|on) (a |my |the |your )?"
        r"(next[- ]day|express|24[- ]hour|48[- ]hour|two[- ]day|2[- ]day|same[- ]day"
        r"|priority|guaranteed)\b",
        "late delivery",
    ),
    # round 45 (batch 204): "waiting on a click and collect that was never packed"
    (
        r"\b(click and collect|click & collect|order|parcel|package|delivery|refund"
        r"|return|exchange|replacement)( that| which)?( (was|were|had|has)( been)?)?"
        r" never( been)? (packed|picked|sent|posted|dispatched|shipped|processed"
        r"|booked in|raised)\b",
        "late delivery",
    ),
    # round 45 (batch 206): "Paid for boots, got a handbag." (not "got a free bag")
    (
        r"\b(paid for|ordered|bought) (a |an |the |some |two |2 )?(pair of )?(\w+ )?"
        r"(?P<paid>" + PRODUCTS_ALT + r")[,.;]? (and |but |then )?(got|received"
        r"|(you|they) sent( me| us)?) (a |an |some |two |2 )?(pair of )?"
        r"(?!free\b)(\w+ )?(?!(?P=paid)\b)(" + PRODUCTS_ALT + r")\b",
        "wrong item",
    ),
    # round 45 (batch 210): "Nice touch sending my black boots in brown"
    (
        r"\b(send|sending|sent|sends) (me |us )?(my|the|our) (?P<want>"
        + COLOURS_ALT
        + r") (\w+ )?("
        + PRODUCTS_ALT
        + r") in (?!(?P=want)\b)("
        + COLOURS_ALT
        + r")\b",
        "wrong item",
    ),
    # round 45 (batch 210): "a £50 gift card and she's been told at the till it's worth
    # £0"
    (
        r"\b(gift card|voucher|gift voucher)\b[^.?!]{0,60}\b(it'?s|it is|was|is) (only )?"
        r"worth (£0(\.00)?|0|zero|nothing)\b",
        "something not working",
    ),
    # round 45 (batch 210): "a 45 minute hold just to be told to send an email"
    (
        r"\b(a|an) (\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)[- ]"
        r"?(minute|min|hour)s? (hold|wait on hold|phone queue)\b",
        "long wait",
    ),
    # round 45 (batch 211): "Driver marked my parcel delivered at 2pm. I was in the house
    # all afternoon"
    (
        r"\b(marked|marks|marking) (my |the |our )?(parcel|order|package|it|them)( as)?"
        r" delivered\b[^?]{0,80}\b(i was|we were|i'?ve been|we'?ve been) (in|home|at home"
        r"|in the house|here|in all)\b",
        "parcel marked delivered but not received",
    ),
    # round 45 (batch 211): "the waterproof boots let in more water than a leaky creel
    # boat"
    (r"\blet(s|ting)? in (more |so much |loads of )?(water|rain)\b", "damaged item"),
    # round 45 (batch 213): "charged for delivery on an order I collected in store"
    (
        r"\b(charged|billed) (me )?(for|a) (delivery|postage|shipping)( fee| charge)?\b"
        r"[^.?!]{0,40}\b(collected|picked up|click and collect)\b",
        "unexpected charge",
    ),
    # round 45 (batch 213): "order SS-55618 ten days ago and it still shows as
    # 'preparing'"
    (
        r"\bstill (shows|showing|says|saying|stuck on|stuck at|at|on) (as )?['\"\u2018\u201c]?"
        r"(preparing|processing|pending|being prepared|order placed|awaiting dispatch"
        r"|not yet dispatched)\b",
        "late delivery",
    ),
    # round 46 (batch 216): "Thanks so much for sending a single left shoe."
    (
        r"\b(sent|sending|received|got|came with|arrived with|delivered) (me |us )?(a"
        r" single|only one|just the one|just one|one single) (left |right )?(shoe|boot"
        r"|trainer|sandal|slipper|welly|wellie|loafer|heel)\b",
        "missing item",
    ),
    # round 46 (batches 216 and 225): "charged for express delivery ... but the parcel
    # took eight days", "I pay for express, I receive in 9 days"
    (
        r"\b(paid|pay|paying|charged|charge)( me| us)?( extra)? (for|£[\d.]+ for) (the )?"
        r"(express|next[- ]day|priority|premium|24[- ]hour|guaranteed|fast|speedy)"
        r"( delivery| shipping| postage)?\b[^?]{0,80}\b(took|taking|has taken|have taken"
        r"|it'?s taken|receive[ds]? (it |them )?in|received (it |them )?in|arrived in"
        r"|came in|got (it |them )?in) (over |nearly |almost )?([3-9]|\d\d|three|four|five"
        r"|six|seven|eight|nine|ten|eleven|twelve|fourteen|a) (working )?(days|weeks"
        r"|week|fortnight)\b",
        "late delivery",
    ),
    # round 46 (batch 218): "the app says I've got 0 points after 3 years of shopping
    # with you"
    (
        r"\b(0|zero|no|nil) (loyalty |reward |rewards )?points\b[^.?!]{0,30}\bafter"
        r" (\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|all (these|those))"
        r" (years|months)\b",
        "something not working",
    ),
    # round 46 (batch 219): "You've had my return for five weeks."
    (
        r"\b(you'?ve|you have) (now )?had (my|our|the) (return|returns|parcel|boots"
        r"|shoes|trainers|refund|item|items|order) (back )?for (over |nearly |almost )?"
        r"(\d+|two|three|four|five|six|seven|eight|nine|ten|a|several) (days|weeks|week"
        r"|months|month)\b",
        "refund",
    ),
    # round 46 (batch 219): "the gift card that works neither in store nor online"
    (
        r"\bworks? neither (in[- ]store|online|in (the |your )?shops?)\b"
        r"|\b(doesn'?t|does not|won'?t|will not|didn'?t|did not) work (in[- ]store|online"
        r"|in (the |your )?shops?),? (or|nor) (in[- ]store|online|in (the |your )?shops?)\b",
        "something not working",
    ),
    # round 46 (batch 219): "my return has taken so much longer than it does with other
    # shops"
    (
        r"\b(return|refund|delivery|order|parcel|exchange|repair)( has| have|'s)? (taken"
        r"|taking|took) (so |much |far |a lot |way |considerably |even )*longer than\b",
        "late delivery",
    ),
    # round 46 (batch 222): "watch my boots tour every depot in East Anglia"
    (
        r"\b(tour|touring|toured|visit|visiting|visited|seen|seeing) (every|each|all the"
        r"|half the|most of the) (depot|sorting office|warehouse|hub|distribution centre)s?\b",
        "late delivery",
    ),
    # round 46 (batch 222): "the trainers I picked up at click & collect have a scuff
    # across the toe, looks like they were shop-worn"
    (
        r"\bshop[- ]?(worn|soiled)\b"
        r"|\b(arrived|came|turned up|delivered|picked up|collected)\b[^.?!]{0,60}\b(with"
        r"|have|has|had) (a |an |some )?(\w+ )?(scuffs?|scratch|scratches|marks?) (across"
        r"|on|over|down|along)\b",
        "damaged item",
    ),
    # round 46 (batch 217): "the refund that I will probably receive when I am retired"
    (
        r"\b(receive|get|see|getting|receiving|arrive|turn up|come through)( it| them|"
        r" that| my \w+)? (when|by the time) (i am|i'?m|im|i'?ll be|i will be|we'?re|we"
        r" are) (retired|dead|a pensioner|pensioners|ninety|90|100|a hundred|old and grey"
        r"|drawing (my|our) pensions?)\b",
        "long wait",
    ),
    # round 46 (batch 223): "Checkout applied 10%. I'd like the difference refunded to
    # my card."
    (
        r"\b(i'?d like|i would like|i want|i expect|please) (the difference|the extra"
        r"|the overcharge) (refunded|back|returned|credited|paid back)\b",
        "unexpected charge",
    ),
    # round 46 (batch 224): "it's only logged me out six times while I was trying to
    # pay"
    (
        r"\b(logged|kicked|thrown|booted|signed|chucked) me (out|off) (\d+|two|three|four"
        r"|five|six|seven|eight|nine|ten|several|multiple|a dozen|loads of) times\b",
        "something not working",
    ),
    # round 46 (batch 225): "Waited 50 minutes on your phone line today, then the call
    # dropped."
    (
        r"\b(waited|waiting|held|holding|sat|been) (for )?(over |nearly |almost |about )?"
        r"(\d+|twenty|thirty|forty|fifty|forty-five|an|a full|two|three) (minutes|mins"
        r"|hours?) on (your|the) (phone|phone line|phones|helpline|line|switchboard)\b",
        "long wait",
    ),
    # round 46 (batches 228 and 231): a card at £0 never spent ("shows £0 at the
    # Meadowhall till, and he's yet to spend a penny of it", "balance shows £0? ... I
    # haven't used a penny")
    (
        r"\b(balance|gift ?card|voucher)\b[^.?!]{0,40}\b(shows?|says|reads|is|showing) (a )?"
        r"[£$€]?(0|zero|nothing|nil)\b(?![.,]\d)\??[^?]{0,120}\b(haven'?t|have not"
        r"|hasn'?t|has not|never|yet to)( even)? (used|spent|spend|touched)\b",
        "something not working",
    ),
    # round 46 (batch 228): "Four orders since June... and me points balance reads 0."
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several) orders\b[^?]{0,80}"
        r"\bpoints( balance)? (still )?(reads|shows|says|is|showing|stuck (at|on)) (0|zero"
        r"|nil|nothing)\b",
        "something not working",
    ),
    # round 46 (batch 228): "delivered my trainers to a house on a completely different
    # street"
    (
        # (done, not asked for: "Can it be delivered to the house on the next street?")
        r"(?<!be )(?<!it )(?<!them )(?<!get )(?<!have )\bdelivered\b[^.?!]{0,30}\bto (a"
        r"|the) ((house|flat|door|address|property) (on|in) (a|the) (\w+ )?(different"
        r"|wrong|next|other)|(\w+ )?(different|wrong)) (street|road|town|village|estate"
        r"|close|avenue)\b",
        "wrong address",
    ),
    # round 46 (batches 228 and 231): non-slip shoes the customer slipped in ("bought your
    # non-slip shoes specifically for work, but I've slipped twice this week")
    (
        # (bought or worn, not wanted: "I need non-slip shoes because I slipped on the
        # kitchen floor")
        r"\b(bought|got|ordered|wearing|wore|paid (extra )?for|in) (\w+ ){0,5}(non-slip"
        r"|non slip|anti-slip|slip[- ]resistant|grippy|for (their|the) grip)\b[^?]{0,100}(?<!nobody has )(?<!no one has )(?<!never )(?<!not )(?<!n't )"
        r"\b(slipped|skidded|went flying) (twice|three times|again|\d+ times|on)\b",
        "something not working",
    ),
    # round 46 (batch 230): "the lovely photo of my parcel sitting in a puddle by the
    # gate"
    (
        r"\b(parcel|package|box|order|boots|shoes|delivery)( was| were)? (sitting|sat|left"
        r"|lying|dumped|abandoned) (in|into) (a|the) (\w+ )?(puddle|rain|mud|hedge|bush"
        r"|bin|road|gutter|flower ?bed)\b",
        "damaged item",
    ),
    # round 46 (batch 230): "six weeks an countin"
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|several) (days|weeks"
        r"|months) an(d|')? count(ing|in'?)(?![a-z])",
        "long wait",
    ),
    # round 46 (batch 231): "I have been patient with you people for three weeks now"
    (
        r"\b(been|being) (very |so |more than |extremely )?patient (with (you|you people"
        r"|you lot|your \w+) )?for (\d+|two|three|four|five|six|several|many|a few) (days"
        r"|weeks|months)\b",
        "long wait",
    ),
    # round 46 (batch 231): "Left one's a 6, right one's a 7."
    (
        r"\bleft (one|shoe|boot|trainer)( is|'s) (a |an )?(size )?(?P<left>\d+(\.5)?)\b"
        r"[,.;]? (and |but |while )?(the )?right (one|shoe|boot|trainer)( is|'s) (a |an )?"
        r"(size )?(?!(?P=left)\b)\d+",
        "wrong item",
    ),
    # round 46 (batch 231): "how fast the money leaves my account and how slowly the
    # refund finds its way back"
    (r"\bhow (slowly|slow) (the |my |a )?(refund|money|credit)\b", "refund"),
    # round 46 (batch 234): "the stitching's gone in the same spot as the first"
    (
        r"\b(stitching|stitches|seams?|soles?|heels?|zip|strap|lining|glue)('s| has| have"
        r"|'ve)? (gone|split|failed|come apart|given way) (again|in the same (spot|place"
        r"|way|bit))\b",
        "damaged item",
    ),
    # round 46 (batch 234): "I've now had three missed delivery slots for the same
    # order"
    (
        r"\b(two|three|four|five|several|\d+) missed (delivery )?(slots|deliveries"
        r"|appointments|collections)\b",
        "late delivery",
    ),
    # round 46 (batch 235): "asked to pay return postage for a colour I didn't order",
    # "now I get to pay postage for your mistake"
    (
        r"\b(pay|paying|charged|charge me|charging me)( for)? (the )?(return )?(postage"
        r"|shipping|delivery) (for|on) (a |an |the )?(\w+ ){0,2}(i didn'?t order|i did not"
        r" order|you sent (by mistake|in error|wrongly)|your (mistake|error|mix-?up))",
        "unexpected charge",
    ),
    # round 46 (batch 236): "Parcel lobbed over me back gate straight into a puddle."
    (
        # (round 47, batch 253: "managed to fling me parcel over the gate")
        r"\b(lobbed|flung|fling|lob|tossed|toss|hurled|hurl|slung|chucked|chuck|threw"
        r"|throw)\b[^.?!]{0,15}\bover (my|me|the|our|his|her)"
        r" (\w+ )?(gate|fence|wall|hedge)\b",
        "damaged item",
    ),
    # round 46 (batch 236): "So good of you to cancel my order the day before my
    # wedding."
    (
        r"\b(cancel|cancelled|canceled|cancelling|canceling) (my|our|the) (order|booking"
        r"|delivery)\b[^.?!]{0,20}\b(the (day|night|morning|week) before|days before"
        r"|hours before) (my|our|the|his|her)\b",
        "cancelled order",
    ),
    # round 46 (batch 237): "Well done on getting my parcel to Guernsey. Shame I live in
    # Jersey, eh."
    (
        r"\b(getting|got|sent|sending|delivered|delivering|took|taking) (my |the |our )?"
        r"(parcel|order|boots|package|delivery) to [\w ]{2,30}[.!,] (shame|pity|a pity"
        r"|too bad) (i|we) (live|am|'m|are) (in|on|at)\b",
        "wrong address",
    ),
    # round 46 (batch 237): "Really appreciate you sending one size 7 and one size 8."
    (
        r"\b(sending|sent|send|received|got|came with) (me |us )?one (size |in size |in a"
        r" )?(?P<one>\d+(\.5)?) and (the other |one )(size |in size |in a |a )?"
        r"(?!(?P=one)\b)\d+",
        "wrong item",
    ),
    # round 46 (batch 241, its one cheerful reply, read: "I order boots for work, you
    # send me ladies sandals with flowers.")
    (
        r"\b(i|we) (order|ordered|ask for|asked for) (\w+ ){0,2}(?P<asked>"
        + PRODUCTS_ALT
        + r")\b[^.?!]{0,25}[,;] (and )?(you|they) (send|sent) (me|us) (\w+ ){0,2}"
        r"(?!(?P=asked)\b)(" + PRODUCTS_ALT + r")\b",
        "wrong item",
    ),
    # round 46 (batch 245, its one cheerful reply, read: "300-year-old paintings ...
    # held together better than the resole you did on my boots last month")
    (
        r"\b(held|hold|holds|lasted|last|lasts|worn|wore) (up |together )?(better|longer)"
        r" than (the|your) (\w+ ){0,2}(resole|repair|boots|shoes|trainers|stitching"
        r"|soles?)s? (you|from you|i (bought|got) from you)\b",
        "damaged item",
    ),
    # round 47 (batch 246): "Sole's come away on boots I bought in January... why has my
    # claim been sat there for a month?"
    (
        r"\b(sole|soles|heel|heels|stitching|seam|lining|upper|strap|buckle|toe cap)('s|"
        r" has| have|'ve) (come|started coming) (away|off|apart|loose|unstuck|unglued)\b"
        # (not worn out with years: "Three years in the chiller and the sole's come
        # away at last")
        r"(?! (at last|in the end|eventually)\b)(?! after (\w+ ){0,2}(years|winters)\b)",
        "damaged item",
    ),
    (
        r"\b(claim|return|refund|complaint|repair|case|query)( has| have|'s)? been (sat"
        r"|sitting|stuck|left) (there |in a queue |untouched )?(for )?(a |an |over a "
        r"|about a |nearly a |almost a )?(month|week|fortnight|(\d+|two|three|four|five"
        r"|six) (weeks|days|months))\b",
        "long wait",
    ),
    # round 47 (batch 247): "I ordered the Harlow Chelsea boots in black, size 6. You
    # sent a size 8 in brown."
    (
        r"\b(i|we) (ordered|order|asked for)\b[^.?!]{0,60}\bsize (?P<wanted>\d+(\.5)?)\b"
        r"[.,;]? (but )?(you|they|you'?ve|you have) (sent|send|delivered) (me |us )?(a |an"
        r" |the )?(size |uk )?(?!(?P=wanted)\b)\d+",
        "wrong item",
    ),
    # round 47 (batch 247): "thanks for sending one black boot and one brown boot"
    (
        rf"\bone (?P<first>{COLOURS_ALT}) {ONE_OF_A_PAIR} and one (?!(?P=first)\b)"
        rf"({COLOURS_ALT}) {ONE_OF_A_PAIR}\b",
        "wrong item",
    ),
    # round 47 (batch 247): "so thoughtful of your courier to leave my parcel in the
    # recycling bin"
    (
        r"\b(left|leave|leaving|put|dumped|chucked|threw|thrown) (my |the |our )?(parcel"
        r"|package|order|box|boots|shoes) in (the |a |my |our )?(recycling |wheelie |green"
        r" |black |blue |general waste )?bin\b(?! (store|shed|area|cupboard|room|cage)\b)",
        "late delivery",
    ),
    # round 47 (batch 249): "Cheers for the refund, I'll treat myself when it finally lands
    # sometime next decade."; "a quick resole turned out to mean 7 weeks. Would've been
    # faster teaching myself cobbling."
    (
        r"\b(when|once|if) it (finally )?(lands|arrives|comes|turns up|shows up|gets here)"
        r"\b[^.?!]{0,20}\b(next|the next) (decade|century|millennium|ice age)\b",
        "long wait",
    ),
    (
        r"\b(quick|fast|speedy|express|next[- ]day) (\w+ ){0,2}(turned out to (mean|be)"
        r"|took|meant)\b[^.?!]{0,15}\b(\d+|two|three|four|five|six|seven|eight|nine|ten)"
        r" (weeks|months)\b"
        r"|\bwould'?ve been (faster|quicker) (to )?(teaching myself|making them myself"
        r"|doing it myself|walking|learning)\b",
        "long wait",
    ),
    # round 47 (batch 251): "walked the dogs past your Stockbridge shop every day this
    # week to collect my order and every day it's 'tomorrow'"; "spent more on bus fares
    # ... chasing this click and collect than the shoes cost"; "the gift card ... was
    # declined at the till"; "water-collecting boots"
    (
        r"\bevery (day|time)\b[^.?!]{0,10}\b(it'?s|they say|you say|the answer is|i'?m"
        r" told|i get) ['\"\u2018\u201c]?(tomorrow|next week|soon)\b",
        "long wait",
    ),
    (
        r"\bspent more (on|in) [\w ]{1,40}\b(chasing|trying to (get|collect|sort))\b"
        r"[^.?!]{0,40}\bthan (the|my) (\w+ )?(cost|costs|was worth|were worth)\b",
        "long wait",
    ),
    (
        # (our cards, not the customer's bank card: "card got declined, turns out I'd
        # let it expire")
        r"\b(gift card|voucher)\b[^.?!]{0,60}\b(was|got|been|keeps getting) (declined"
        r"|refused|rejected)\b",
        "something not working",
    ),
    (
        r"\b(water|puddle)[- ](collecting|catching) (boots|shoes|wellies)\b",
        "damaged item",
    ),
    # round 47 (batch 252): "within about eight weeks the sole on the left shoe began to
    # separate at the toe"
    (
        r"\b(sole|soles|heel|heels|seam|seams|stitching|upper|toe cap)\b[^.?!]{0,30}"
        r"\b(began|started|starting|begun|beginning) to (separate|come away|peel|split"
        r"|come apart|lift|crack|come unstuck)\b",
        "damaged item",
    ),
    # round 47 (batch 253): "made him feel like a thief for asking to return a pair";
    # "five weeks since I returned SS-33410"
    (
        # (not praise: "She never once made me feel like a nuisance")
        r"(?<!never )(?<!never once )(?<!not once )(?<!didn't )(?<!didnt )(?<!never ever )"
        r"\bmade (him|her|me|us|my \w+) feel like (a |an )?(thief|criminal|shoplifter|liar"
        r"|idiot|fraud|scammer|nuisance)\b",
        "rude or unhelpful service",
    ),
    (
        r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten) (weeks|months) since i"
        r" (returned|sent back|posted back|sent) (it|them|the \w+|my \w+|ss-?\d+)",
        "refund",
    ),
    # round 47 (batch 254): "ordered boots for winter and they turned up in time for
    # haymaking"
    (
        r"\bordered\b[^.?!]{0,30}\bfor (the )?(winter|christmas|the snow)\b[^.?!]{0,40}"
        r"\b(turned up|arrived|came|got here) (just )?in time for (haymaking|summer|spring"
        r"|easter|the summer|next (year|winter))\b",
        "late delivery",
    ),
    # round 47 (batch 257): "Fower emails an nae a cheep back", "a free foot bath with
    # every puddle", "ma refund's takin the scenic route", "Cheers for the call back
    # within 24 hours. Which 24 hours was that, roughly?"
    (
        r"\b(\d+|two|three|four|fower|five|six|seven) (emails|messages|calls|letters)\b"
        r"[^.?!]{0,12}\b(and|an|but) (nae a|nae|no|not a|not one|not a single) (cheep|reply"
        r"|replies|word|answer|answers|response|peep|call back)\b",
        "long wait",
    ),
    (r"\bfree foot ?bath\b", "damaged item"),
    (
        r"\b(refund|parcel|order|delivery|money|boots)('s| is| has)? (takin'?g?|taking|taken"
        r"|took) the (scenic|long) route\b",
        "long wait",
    ),
    (r"\bwhich (24|48|72|twenty-four|forty-eight) hours\b", "broken promise"),
    # round 47 (batch 263, its one cheerful reply, read: "my boots have now been at your
    # repair workshop longer than I spent on my first ship. Take your time, no rush at
    # all.")
    (
        r"\b(boots|shoes|trainers|they|pair|bag|it)( have| has|'ve) (now )?been (at|with|in)"
        r" (your|the) (\w+ ){0,2}(workshop|repairs?|resole|returns|warehouse|depot)\b"
        r"[^.?!]{0,30}\blonger than\b",
        "long wait",
    ),
    # round 47 (batch 241): "Congrats on the app update, it's now impossible to log in
    # at all."
    (
        r"\b(impossible|no way) to (log ?in|sign ?in|check ?out|pay|get (in|on|through))\b",
        "something not working",
    ),
    # round 47 (batch 241): "I use 500 loyalty points on my order for autumn boots but
    # still I pay full price."
    (
        r"\b(used|use|redeemed|redeem|applied|apply) (my |the )?(\d[\d,]* )?(loyalty )?"
        r"(points|gift card|voucher|discount code|code)\b[^.?!]{0,40}\bbut (still )?(i )?"
        r"(still )?(paid|pay|was charged|got charged|been charged|charged)( me)?( the)?"
        r" full price\b",
        "unexpected charge",
    ),
    # round 47 (batch 244): "oh perfect, another sorry for the inconvenience email"
    (
        r"\banother (sorry for the inconvenience|apology|generic|automated|copy[- ]?(and[- ])?"
        r"paste(d)?|standard) (email|message|reply|response|text)\b",
        "rude or unhelpful service",
    ),
    # round 48 (batch 259): "Your chap in the Leominster shop told me to return online,
    # and your online chat told me to go to the shop. So which is it"
    (
        r"\btold (me|us) to\b[^?]{0,120}\btold (me|us) to\b[^?]{0,80}\bwhich is it\b",
        "rude or unhelpful service",
    ),
    # round 48 (batch 259): "Love the new 'express' delivery. Ordered on the 2nd, here
    # by the 14th."
    (
        r"\b(love|loving|loved|enjoying|enjoyed|thanks for|cheers for|impressed by"
        r"|admire|admiring) (the |your |this )?(new |so-called |famous )?['\u2018\"\u201c]"
        r"(express|next[- ]day|fast|speedy|quick|priority|premium|same[- ]day)['\u2019\"\u201d]"
        r" (delivery|shipping|postage|service|option)\b(?![^.!?\n]*\?)",
        "late delivery",
    ),
    # round 48 (batch 260): "The courier came at 8am ... What is the delivery slot for?"
    # (asked at the end, after the story; not "What is the delivery slot for? Is it an
    # hour?")
    (
        r"\bwhat('?s| is| are) (the|a|your) (delivery slot|time slot|slot|tracking"
        r"|tracking page|delivery estimate|estimated delivery date|safe place|nominated"
        r" day)s? (even |actually )?for\?\s*$",
        "late delivery",
    ),
    # round 48 (batch 260): "genuinely in awe of how your courier managed to flatten a
    # shoebox"
    (
        r"\b(your|the) (courier|driver|delivery (driver|man|guy|firm)|postie|warehouse"
        r"|packers?)( \w+)? (somehow )?managed to (flatten|crush|squash|lose|break|rip"
        r"|tear|soak|drop|dent|destroy|mangle)\b",
        "damaged item",
    ),
    # round 48 (batch 263): "Yours said Tuesday. It's Saturday. Where are they?"
    (
        r"\b(yours|it|the (estimate|tracking|website|site|app|email|confirmation)|your"
        r" (estimate|tracking|website|site|app|email)) (said|says|promised|showed)"
        r" (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[.,;]? (and )?"
        r"(it'?s|today is) (now )?(monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)\b",
        "long wait",
    ),
    # round 48 (batch 269, a cheerful reply blind): "thank you for sending our order to
    # the church across town"
    (
        r"\b(for|you|you'?ve|you have|driver|courier|they|they'?ve) (sending|sent|delivering"
        r"|delivered|posting|posted|taking|took) (my|our) (\w+ )?"
        r"(order|parcel|boots|shoes|package|delivery|box)( \w+)? to (the|a|some|another)"
        r" (\w+ ){1,2}(across town|in the next (town|village)|on the other side of (town"
        r"|the city))\b",
        "wrong address",
    ),
    # round 48 (batch 269, a cheerful reply blind): "Very nice that I can call your
    # customer service only 9 to 5 UK time. Perfect for people in Norway who also have
    # jobs"
    (
        r"\b(call|phone|ring|reach|contact) (your|you|the) (customer service|customer care"
        r"|helpline|support|team|phone line)s? (only|just) (between )?(\d{1,2}|nine) ?(am )?"
        r"(to|-|till|until|and) ?(\d{1,2}|five)\b(?![^.!?\n]*\?)",
        "rude or unhelpful service",
    ),
    # round 48 (batch 263): "Made a nice read while I glued the sole back on myself, a
    # week after buying them."
    (
        r"\b(glued|stuck|sewed|sewn|stitched|taped|superglued) (the|my|their|its) (\w+ )"
        r"{0,2}(sole|heel|strap|buckle|seam|lining|toe)s? back on (myself|ourselves)\b"
        r"[^.?!]{0,30}\b(a|one|two|three|\d+) (days?|weeks?) after (buying|i bought"
        r"|getting|receiving|they (came|arrived))\b",
        "damaged item",
    ),
)

# Questions about the shop: negative words in them are rarely aimed at us.
# A question in support jargon, with or without its question mark (round 25, batch 48:
# "Kindly advise whether the 2-year guarantee covers sole separation, or only the
# uppers.")
SUPPORT_QUESTION = (
    r"(kindly|please|pls) (advise|confirm)( me| us)?( on)? (whether|if|what|which|how"
    r"|when|where)"
    # round 30 (batch 54), a letter's question: "I should be grateful if you could
    # recommend a style with a roomy toe box.", "I should be grateful for advice on"
    r"|(i|we)('d| would| should) be (most |very |so |extremely )?grateful (if you (could"
    r"|would|might|can) (kindly )?(recommend|advise|suggest|tell|let me know|explain)"
    r"|for (your |some |any )?(advice|a recommendation|recommendations|guidance"
    r"|suggestions|a suggestion))"
)
ROUTINE_QUESTION = (
    r"\b(do you (have|sell|ship|deliver|do|offer|accept|stock|make)|are (the|your|yours|these|they)|"
    r"is (it|there|the|next)|what('s| is| are| was| time)|which (one|size|is|colou?r)|how (do|can|long|much) i?|"
    r"can i|could i|may i|should i|when (does|do|will|is|are)|when'?s|any codes|which (\w+ ){0,4}(is|are|would|should|do|does|has|have|will|lasts?|take|takes|fit|fits|suit|suits)|"
    # round 12: "any trainers you'd suggest for nurses?", "what would you recommend"
    r"any (\w+ ){0,2}(you'?d|you would|you) (suggest|recommend)|what (would|do) you (suggest|recommend)|"
    r"will (there|it|they|the|deliveries|delivery|you|this|that|these|those)|do you still|"
    r"(can|could|would) you (tell|recommend|deliver|send|ship|suggest|let me know|advise)|"
    r"any (\w+ ){0,2}(offers?|deals?|sales?|discounts?|codes?)|"
    r"do (yours|they|these|those)|does (it|this|that)|are (there|those)|where (can|do) i|"
    # round 15: "do your wellies come with a warm lining?"
    r"do your (\w+ ){1,3}(come|have|fit|run|last|go|work|need|include|keep|stay|suit)|"
    r"anything (\w+ )?(in|new|similar|else|for|with|like)|"
    # round 22 (batch 42): "Any chance you still stock it?"
    r"any chance (you|u) (still |also )?(have|sell|stock|do|make|carry)|"
    + SUPPORT_QUESTION
    + r")\b"
)
# Asking to book one of our services (round 22, batch 42: "after one winter the heel
# is quite worn down. I would like to book repair for the heel only. How to do this
# please?"): with no failure told, the learned model alone needs to be sure.
SERVICE_BOOKING = (
    r"\b(book|booking|arrange|schedule) (in )?(a |an |the |my |our |his |her |for (a |an )?)?"
    r"(\w+ )?(repair|resole|re-?sole|re-?heel|fitting|measuring|appointment)s?\b"
)
# A question about where the customer's own order is: upset words in it are not damped
# ("fed up, when will my order arrive?"); a request about it is routine ("can I pause
# my order?").
OWN_ORDER = (
    r"\b(where|when|why|has|have|is|will|did)\b[^?.!,]{0,25}\b(my|our) "
    r"(order|parcel|package|delivery|refund|money|return|replacement)\b"
    r"(?! (numbers?|history|form|details|page|confirmation|reference|code|address))"
    r"|\b(my|our) (order|parcel|package|delivery|refund|money|return|replacement)\b"
    r"[^?.!,]{0,30}\b(arrive|come|get here|be here|turn up|show up|be delivered"
    r"|dispatched|shipped|back)\b"
)
# The customer says there is no hurry (round 16, batch 28: "just so you know I'm away
# from the 3rd to the 10th so no rush on anything"; "my refund is in no hurry" is not):
# with no failure, threat, insult or sarcasm in the message and no "but" after it ("no
# rush on this, but I was charged for delivery"), its negative words count 40% and the
# learned model needs learned_settled_threshold to make it a complaint.
PATIENT = (
    r"(?<!\bin )\bno (rush|hurry|urgency)\b|\b(take|taking) your time\b|\bin your own time\b"
    # round 31 (batch 61): "Comp's the weekend after so plenty of time."
    r"|\bso (still |there'?s |we'?ve got |i'?ve got )?(plenty of|loads of|lots of) time\b"
    # round 19 (batch 34): "Hi, nothing urgent."
    r"|\b(nothing|not) (urgent|pressing)\b"
)
# A formal enquiry (round 31, batch 72): a question with no question mark, about what
# may be done, not a failure.
FORMAL_ENQUIRY = (
    r"\b((would like to|wishes to|wish to|writing to|like to|wanted to) (enquire|inquire"
    r"|know|ask|check|confirm|find out) (whether|if)"
    r"|(enquire|inquire) (whether|if|about)"
    r"|would (appreciate|welcome|be grateful for) (any )?(information|details|advice|a quote"
    r"|guidance|a price list) (on|about|regarding|for)"
    # round 33 (batch 90): "Could you kindly advise whether...", "I would be obliged if
    # you could clarify whether your Chelsea boots are waterproof"
    r"|(kindly|please) (advise|confirm|clarify|let (me|us) know) (whether|if)"
    # round 39 (batch 151): "Could you confirm whether the 2-year guarantee on boots
    # remains valid where..."
    r"|(could|can|would) you (please |kindly )?(confirm|advise|clarify) (whether|if)"
    # round 37 (batch 127): "Could you please advise what UK size corresponds to a
    # European 44?"
    r"|(could|would|can) you (please |kindly )?advise (what|which) (uk |eu |european |us )?"
    r"(size|sizes|width|fitting)"
    r"|(would be|'d be) (obliged|grateful) if you (could|would) (clarify|confirm|advise"
    r"|tell me|let me know) (whether|if)"
    # round 35 (batch 103): "I'm writing a piece on high-street repair services for a
    # regional paper. Is your resole service offered in every shop?"
    r"|(i'?m|i am) (writing|researching|putting together) (a|an) (piece|article|story"
    r"|feature|column|report) (on|about)"
    # round 37 (batch 122): "could we order 10 pairs for our junior coaching group and
    # get a bulk discount?"
    r"|(could|can|would|may) (we|i) (order|buy|get|place an order for) (\d+|ten|twelve"
    r"|fifteen|twenty|thirty|forty|fifty) pairs)\b"
)
# A question about what a policy or page says, quoted back (round 32, batch 74:
# "Policy page says 'returns accepted within 30 days of delivery in unworn condition'
# - does that include things bought with a gift card")
POLICY_QUESTION = (
    # round 37 (batch 129): "is the summer sale 30% or 40% off? seeing both on the site"
    r"\bis (it|the [\w ]{1,20}?) \d+% or \d+%|"
    r"\b(policy|policy page|site|website|faqs?|terms|t&cs|returns page|page|app|email"
    r"|leaflet|label|receipt) (says|said|states|stated)\b[^?]{0,160}\b(does (that|this|it)"
    r"|do (they|you|i|those|these)|would (that|it|the|i)|will (that|it|the|i)|is there"
    r"|how (do|can|would|will) i)\b[^?]*\?"
    # round 32 (batch 66): what a status means ("Order status says "Dispatched -
    # awaiting courier collection". What does awaiting courier collection mean")
    r"|\bwhat (does|do) ['\"\u2018\u201c]?[\w ,'-]{2,50}['\"\u2019\u201d]? (mean|stand for)\b"
    # round 33 (batch 88): or what a product really is ("Is the £75 jacket actually
    # waterproof, or 'showerproof' in the way everything is showerproof right up until
    # it rains?")
    r"|^(is|are) (the|your|these|those|this|that) [^?]{0,40}\b(actually|really|properly"
    r"|genuinely|truly) (waterproof|leather|non-slip|vegan|breathable|warm|wide|washable"
    r"|water-resistant|slip-resistant)\b"
)
# A question typed without its question mark: the last clause opens as a question
# (round 13, batch 20: voice-to-text and chat messages).
UNMARKED_QUESTION = (
    r"(^|[.,;:!]\s*)(which|what|where|when|how|do you|does|did you|can (i|you|we)"
    r"|could (i|you|we)|is there|are there|have you got|do they|are your|is your"
    r"|will (it|they|you)|would (it|they|you)"
    # round 30 (batch 54): "... my feet are always soaked. are the ankle boots actually
    # waterproof or just water resistant"
    r"|are (the|these|those|they)(?! (worst|best|most|least|only|absolute|biggest)\b))\b"
    r"[^.,;:!?]*$"
    # round 24 (batch 46, dictated without punctuation): "... give me a headache so
    # can I get two sizes sent out", "... every day can you recommend a boot"; round 45
    # (batch 206): "... its the worst so is there a size guide on the site"
    r"|\b(so (can|could) (i|you|we)|so (is|are) there|(can|could) you (recommend"
    r"|suggest))\b[^.,;:!?]*$"
    # round 38 (batch 117): "Kindly suggest which shoes have soft insole and wide toe."
    r"|(^|[.,;:!]\s*)(kindly|please|pls|plz) (suggest|advise|recommend)\b[^.,;:!?]*[.]?$"
    # round 31 (batch 55): "... mud getting in round the tongue do any of yours have a
    # gusseted tongue"
    r"|\b(do|does|did) any (of )?(yours|your \w+|them|these|those|the \w+) (have|come"
    r"|do|fit|run|work)\b[^.,;:!?]*$"
    # round 32 (batch 66): "... Stupid feet. Any that don't need breaking in"
    r"|(^|[.;:!]\s*)any (that|which|with|without|in|for) [^.,;:!?]*$"
    # round 25 (batch 48): support jargon (SUPPORT_QUESTION)
    + rf"|\b{SUPPORT_QUESTION}\b"
    # round 31 (batch 72, an organisation writing formally): "The Greenfield Community
    # Choir would like to enquire whether a group discount is available", "would
    # appreciate information on non-slip slippers"
    + "|"
    + FORMAL_ENQUIRY
)
# Nothing wrong, in the words of a fault (round 31, batch 65: "Box arrived without a
# single dent."): no failure, and no problem word beside praise.
UNBLEMISHED = (
    r"\bwithout (a|one|any) (single )?(dent|scratch|mark|scuff|crease|problem|hitch|issue"
    r"|blemish|hiccup)\b"
    # round 38 (batch 138 and 139): "not one pair has torn", "Two seasons in bog and
    # heather and not a leak."
    r"|\bnot (one|a single|a|one single) (pair|one|boot|shoe|stitch|seam|of them)( \w+)?"
    r" (has|have|had|was|were)( ever)? (torn|ripped|split|leaked|failed|broken|worn through"
    r"|come apart|cracked)\b"
    r"|\band not (a|one|a single) (leak|drop|tear|scuff|blister|squeak|problem|wobble)\b"
    # round 38 (batch 144): "yours are the best packed ones... Box never crushed."
    r"|\b(box|boxes|parcel|parcels|packaging|it|they)( was| were| has| have| is| are)?"
    r"( been)? never (crushed|damaged|dented|broken|squashed|bashed|battered)\b"
)
# Phrases that name the customer's own state, not a failure ("can't decide", "broken in").
NOT_A_FAILURE = (
    # round 47 (batches 242 and 244): "The parcel I thought was lost was at the
    # neighbour's", "parcels go missing on my road all the time"
    r"\b(parcel|package|order|it|they|boots|shoes) i (thought|feared|was sure) (was|were"
    r"|had been|'d been) (lost|missing|stolen)\b|"
    # round 47 (batches 252 and 257): a discount that comes off a price ("does the
    # discount come off before the points"), a fault gone ("the heel's solid again an
    # they dinna squeak")
    r"\b(does|do|will|would|should) the (discount|code|voucher|points|saving|offer)s?"
    r" come off\b|"
    r"\b(they|it|he|she)('s| is| are|'re)? (dinna|dinnae|don'?t|doesn'?t|no longer|never"
    r"|nae longer) (squeak|creak|rub|leak|pinch)\b|"
    # round 47 (batch 247): boots wanted "that won't leak", a bag stored "so mould won't
    # come"
    r"\b(boots|shoes|ones|something|a pair|wellies|trainers|sandals) that (won'?t|don'?t"
    r"|will not|do not|wouldn'?t|doesn'?t) (leak|let (the )?(water|rain) in|fall apart"
    r"|split|rub|slip)\b|"
    r"\bso (the )?(mou?ld|damp|fungus|mildew) (won'?t|doesn'?t|does not|will not|can'?t)"
    r" (come|grow|form|get in)\b|"
    r"\bparcels (go|get|going|getting|always go|always get) (missing|lost|nicked|stolen)"
    r" (on|round|around|in|from) (my|our|this) (road|street|estate|block|area|building"
    r"|village)\b|"
    # round 44 (batches 198 to 201): "No need to refund owt", "Can it be cancelled and
    # reissued", "nowt broken but my ankle's been swollen", "velcro instead of laces",
    # "I never get that with online shopping", "something I can stand in for 8+ hours"
    r"\bno need (to|for) (a |any |the )?(refund|refunds|money back)\b|"
    # round 45 (batch 207): "the heels I bought for it never got worn"
    r"\bnever got (worn|to wear (them|it)|an outing)\b|"
    # round 45 (batch 211): "Came into the Lerwick shop soaked from the rain"
    r"\b(came|walked|got|went) (in|into [\w' ]{1,30}?) (absolutely |completely |totally )?"
    r"(soaked|drenched|wet through|soaking wet)( through)? (from|by|in|after) (the )?(rain"
    r"|weather|storm|downpour|walk|ride)\b|"
    # ... nor "Can I still send em back since it's been about five weeks?" (a returns
    # window asked about)
    r"\b(can|could|may) (i|we) still (send|return|exchange|take|bring|swap)\b[^.?!]{0,40}?"
    r"\b(since|as|now that|even though|though|when|if) (it'?s|it has|it is)( already"
    r"| now)? been (about |around |nearly |almost |over |just over |under )?(\w+|\d+)"
    r" (days?|weeks?|months?)\b|"
    r"\b(can|could|would|will) (it|they|this|that|the \w+( \w+)?) be (cancell?ed|voided)"
    r" and\b|"
    r"\b(nowt|nothing|no bones?|nought|nout)( \w+)? broken\b|"
    r"\b(velcro|buckles?|zips?|elastic|straps?|slip-ons?|laces|a zip|a strap)"
    r"( fastenings?)? instead of (laces|velcro|buckles?|zips?|a zip|straps?|a strap)\b|"
    r"\b(never|rarely|don'?t usually|do not usually) get that (with|from|anywhere"
    r"|elsewhere|online|in)\b|"
    r"\b(stand|standing|stood|walk|walking|wear|wearing|on (my|our|her|his|their) feet)"
    r"\b[^.?!]{0,20}\bfor (\d+\+? ?|ten |twelve |eight )(hours?|hrs?)\b|"
    # round 43 (batches 194 and 196): "back up a tree without missing a job", "no idea
    # what happened to my brain"
    r"\bwhat happened to my (brain|head|memory|mind|eyes|common sense)\b|"
    r"\bwithout missing (a|an|any|one|a single) (\w+ )?(day|shift|job|beat|step|match"
    r"|game|session|class|training|walk|run|minute|climb|delivery|night)\b|"
    # round 34 (batch 94): praise of what did not happen ("sorted my exchange in one
    # contact, no transfer, no hold music")
    r"\bno (transfers?|hold music|waiting|queues?|wait)(,? (and )?no (transfers?|hold music"
    r"|waiting|queues?|wait|fuss|faff|repeating myself))+\b|"
    # round 34 (batches 84 and 95): a choice asked ("online AND in the shops or only one
    # of them?"), teasing ("the lads won't let me forget it")
    r"\bor only one of (them|the two|those|these)\b|"
    # round 35 (batch 103): "Is your resole service offered in every shop or only some of
    # them?"
    r"\bor (only|just) (some|a few|certain|one|two) (of (them|those|these|the \w+)|shops"
    r"|stores|branches)\b|"
    # round 34 (batch 95): praise that looked for a fault ("Tried to find something to
    # moan about for balance and honestly can't"), buying online ("can't try them on")
    r"\b(something|anything) to (moan|complain|grumble|whinge|criticise|fault) about\b"
    r"[^.?!]*|\bcan'?t try (them|it|things|shoes|boots|anything|clothes) on\b|\b(won'?t|never) let (me|him|her|us)"
    r" (forget|live)\b|"
    # round 33 (batch 87): "I'm on hold with the dentist"
    r"\bon hold (with|to) (the |my |our )?(dentist|doctor'?s?|gp|surgery|bank|council|insurers?"
    r"|insurance|airline|hmrc|dvla|vet'?s?|school|landlord|energy company|broadband"
    r"|phone company|hospital)\b|"
    # round 33 (batch 85): gamers' praise ("the app is actually cracked now, checkout
    # took like 10 seconds")
    r"\b(app|site|website|update|checkout|new version)( is|'s) (actually |lowkey |low key"
    r" |honestly |so |lowkey so |genuinely )?cracked( now)?\b(?! (screen|sole|heel|leather))|"
    r"\b(can'?t|cannot|couldn'?t) (decide|choose|pick|remember|recall|make up my mind|tell|wait"
    r"|fault|complain|recommend|thank|get enough|stop wearing|believe|manage|tie|face"
    r"|bear to|be bothered|cope)\b"
    # round 30 (batch 59): "your team extended it without me even having to ask twice"
    r"|\bwithout (me |us |her |him )?(even )?(having|needing) to (ask|chase|call|ring"
    r"|email|prompt|remind|push)\b"
    r"|\b(never|not once|never once|hasn'?t ever|have never|has never) let (me|us) down\b"
    # round 21 (batch 40): "I've still never had a pair let me down", "hiked Snowdon in
    # my 4-year-old boots, the sole peeled off at the summit"
    r"|\bnever (once )?had (a|one|an?) (pair|order|parcel|item|thing|one)( of (yours|them))?"
    r" let (me|us) down\b"
    r"|\b([3-9]|\d\d|three|four|five|six|seven|eight|nine|ten)[- ]years?[- ]old (walking "
    r"|hiking |work |safety )?(boots|shoes|trainers|pair|sandals|wellies|slippers|heels)\b"
    r"[^.?!]{0,40}\b(peeled|split|cracked|came off|fell apart|gave (up|out)|wore through"
    r"|worn through|broke|came apart|gone|went)\b"
    r"|\b(our|my) (\w+ )?(reception|receptionist|office|colleague|partner|husband|wife|son"
    r"|daughter|kids?|dog|cat|mum|dad) (has |had |have )?(lost|binned|threw away|thrown"
    r" away|misplaced|deleted)\b"
    r"|\bmeant to be a (surprise|secret|gift)\b"
    # round 32 (batch 78): an upgrade in a repair ("rebuilt my heel stack with proper
    # leather lifts instead of a plastic block")
    r"|\b(rebuilt|resoled|repaired|replaced|mended|restitched|fixed|redone|re-?heeled)\b"
    r"[^.?!]{0,60}\b(with|using|in) (proper|real|genuine|new|solid|quality|leather)\b"
    r"[^.?!]{0,30}\binstead of\b[^.?!]*"
    # round 32 (batch 82): a gift with no receipt ("paid through her own account, so I
    # haven't got an order number"), a box too pretty ("I nearly didn't open it"),
    # the return window ("Can I exchange both pairs... even though it's been a few
    # weeks?")
    r"|\b(so|because|as|since) (i|we) (haven'?t|have not|don'?t have|do not have) (got )?"
    r"(an?|the|my) (order number|receipt|gift receipt|order confirmation)\b"
    r"|\b(nearly|almost) (didn'?t|did not) (open|wear|use|want to open|want to wear)\b"
    # round 32 (batch 81): a question about how the app is meant to be ("is the points
    # tracker meant to be on the home screen now")
    r"|(?:^|[.!?,]\s*)(is|are) (the|this|that|it|these|those|my) [\w ]{0,30}\b(meant"
    r"|supposed) to be\b[^.!?]*"
    # round 32 (batch 77): a personal best ("Knocked almost 3 minutes off my 10k PB")
    r"|\b(knocked|shaved|took|cut|chopped|slashed) (\w+ ){0,2}(\d+|a|an|one|two|three|four"
    r"|five|ten|a few|several) (seconds?|secs?|minutes?|mins?|hours?) off\b"
    # round 32 (batch 74): "waiting for a bus that never turned up"
    r"|\b(bus|train|tram|replacement bus)( that| which)? (never"
    r"|didn'?t|did not) (turned|turn|showed|show|came|come|arrived|arrive)( up)?\b"
    # round 32 (batch 73): weather told in weeks ("three weeks of ice on the track to
    # the farm")
    r"|\b(\d+|two|three|four|five|six|several|a few|many) (days?|weeks?|months?) of (ice"
    r"|snow|rain|frost|storms?|wind|gales|flooding|floods|mud|heat|sunshine|drizzle|sleet)\b"
    # round 32 (batch 68): a question about a repair ("Can anything be done with boots
    # where the leather has cracked right across the toe?"); (batch 66) the return
    # window ("Can I still return one of the pairs though, it's been 3 weeks since
    # delivery?")
    r"|\bcan anything be done (with|for) (\w+ ){0,2}(boots|shoes|trainers|pair|heels"
    r"|sandals|bag|wellies)( where| that| whose| which)\b[^?]*\?"
    # (one branch since round 33: "...even though it's been a few weeks?" too)
    r"|\b(can|could|may) (i|we) (still )?(return|exchange|send back|swap)\b[^.?!]{0,100}"
    r"\b((even though|although|though) it'?s been [^.?!]{0,20}\?|it'?s been [^.?!]{0,15}"
    r"since (delivery|it arrived|they arrived|it came|they came|it was delivered|they were"
    r" delivered)\b)"
    # round 31 (batch 63): the rider, not the sole ("Horse spooked at a bin bag and I
    # came off in the mud")
    # (not "they came off": soles and heels do)
    r"|\b(i|he|she|we) (came|fell) off( (the|my|his|her|their|a) (horse|pony|bike"
    r"|scooter|ladder|board|wall))?\b"
    # round 31 (batch 65): "Box arrived without a single dent."
    + "|"
    + UNBLEMISHED
    # round 31 (batch 70): a couple, not a sole ("if my boyfriend and I ever split up")
    + r"|\b(and i|and me|and we|we|they|us two) (ever |have |had |just |might |were to )?"
    r"(split|broke) up\b"
    # round 31 (batch 72): the customer, not the shoes ("I came in soaked and grumpy and
    # left with a cup of tea and new boots")
    # (not "they got soaked": boots that let the rain in)
    r"|\b(i|we|he|she) (came|walked|went|turned up|arrived) (in|home|back|there)?"
    r" ?(soaked|drenched|sodden|soaking( wet)?|wet through)\b"
    # round 31 (batch 67): "a third pair and a lockable box, only one of which you sell"
    r"|\bonly one of which\b"
    # round 31 (batch 55): a child, not a heel ("wobbling round the kitchen like a tiny
    # drunk")
    r"|\b(wobbl\w*|toddl\w*) (round|around|about|across) (the|my|our) (kitchen|room|house"
    r"|garden|living room|lounge|floor|hall|park|sofa)\b"
    # round 31 (batch 60): "The one thing I still need is a pair of cream shoes for her"
    r"|\b(the )?(one|only|last|other) thing (i|we) (still )?need\b"
    # round 15, batch 27: "been running in the Stride trainers for about 6 weeks now"
    r"|\b(running|wearing|walking|hiking|training|breaking them in) (in )?(them|it|my \w+"
    r"|the \w+( \w+)?|these|those) for (about |around |nearly |almost |over )?(\d+|a few"
    r"|two|three|four|five|six|several) (days|weeks|months|years) now\b"
    r"|\b(still )?getting used to (them|it|these|those|the \w+|my \w+)\b"
    r"|\b(can'?t|cannot|couldn'?t) (get|go|make it) (to|into) (a|the) (post office"
    r"|shop|store|branch|town|high street)\b"
    # round 37 (batch 107): "Traffic in this city is horrendous and I can't get there
    # before close."
    r"|\b(can'?t|cannot|couldn'?t) (get|go|make it) (there|in) (before|by|until|in time"
    r"|for)\b"
    # not "worn through in five months" (round 22, batch 41)
    r"|\b(broken|break|breaking|wear|wearing|worn) (?!(through|out|down|thin) )(\w+ )?in\b"
    r"(?! (two|half|pieces|the (middle|post)))"
    r"|\b(ordering|getting|picking|choosing|buying) the wrong\b"
    # round 38 (batch 140): "get the Thames tote from you instead of the designer one",
    # 'get mum a gift card, you can't go wrong'
    r"|\bfrom (you|yours|your (shop|store|site)|stitch (&|and) sole) instead of\b"
    r"|\b(you )?can'?t go wrong\b"
    # round 38 (batch 143): "the leather bag I got for the wife's birthday went down a
    # treat"
    r"|\b(went|goes|go|gone|going) down (a treat|a storm|so well|really well|well|brilliantly"
    r"|great)\b"
    # round 38 (batch 136): "What's the cut off for next day delivery?"
    r"|\bcut[- ]?off (for|time|point|date)\b"
    # (round 37, batch 125: "Broke two toes in a Sunday league tackle")
    r"|\b(broke|broken|sprained|twisted|hurt|injured|fractured) (my|his|her|their|the|a"
    r"|two|three|both|a couple of) "
    # round 37 (batch 107): "fell off a ladder last month (im fine, broke the wrist not
    # the neck)"
    r"(ankle|leg|foot|feet|toes?|knee|hip|wrist|arm|back|neck|collarbone|shoulder|elbow"
    r"|fingers?|nose|ribs?)\b"
    # round 13 (batch 18): "fell off a ladder", the customer's own fall
    r"|\b(fell|fallen|falling) (off|from|down) (a|the|my|his|her|our) (ladder|bike|bicycle"
    r"|horse|chair|stool|step|steps|stairs|kerb|curb|wall|roof|trampoline|scooter)\b"
    # round 21 (batch 37): "my bag got soaked in a downpour at a festival", "Priya...
    # spent nearly an hour helping my son", "finally cracked across the toe after a
    # good run"
    r"|\b(got|get|gets|getting|was|were|been) (absolutely |completely |totally |utterly )?"
    r"(soaked|drenched|wet|caught)( through)? (in|by) (a|the) (\w+ )?(downpour|storm"
    r"|rain|rainstorm|flood|puddle|shower|deluge|river|sea|snow|cloudburst|thunderstorm"
    # round 38 (batch 116): "Got caught in a hailstorm unloading at a farm..., soaked
    # right through to the socks"
    r"|hailstorm|hail|sleet|blizzard|gale|squall|snowstorm)\b"
    r"|\b(soaked|drenched|wet|frozen) (right |completely |absolutely )?(through )?to the"
    r" (skin|bone|socks|knees|waist|core)\b"
    # round 38 (batch 134): the customer's own paper ("I just need the receipt emailed
    # as the paper one got soaked on site")
    r"|\b(receipt|paper one|paper copy|paperwork|invoice|printout|delivery note)\b"
    r"[^.?!]{0,20}\b(got|was|went) (soaked|wet|drenched|through the wash|in the wash"
    r"|washed)\b"
    r"|\b(spent|spend|spending|took|taking) (nearly |almost |about |around |over |a good "
    r"|well over |easily )?(an hour|half an hour|\d+ minutes|ages|twenty minutes|forty "
    r"minutes|(\w+ )?hours?) (helping|with (me|us|my \w+|her|him|them)|showing|measuring"
    r"|finding|fitting|explaining|going through|talking (me|us|her|him|them) through)\b"
    r"|\b(split|broke|cracked|gave (up|out)|wore (out|through)|fell apart|came apart"
    r"|died|worn (out|through))\b[^.?!]{0,30}\bafter (a (good|long|great|decent|fair)"
    r" (run|innings|life|stint)|(good|long|loyal|faithful) service)\b"
    r"|\b(split|broke|cracked|gave (up|out)|wore (out|through)|fell apart|came apart"
    # round 35: "with a sole hanging off after six years of abuse"
    r"|died|hanging off|came off|coming off)\b[^.?!]{0,30}\bafter (\d+|many|several|a few"
    r"|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty) (good )?(years|winters|seasons)\b"
    # round 17 (batch 30): "my old wellies have finally split"
    # round 26 (batch 49): "my last pair finally split at the toe"
    r"|\b(my|his|her|our|their) (trusty |old |ancient |faithful |much-loved |last )+(\w+ ){0,2}"
    r"(have |has |'ve |'s )?(finally |at last )(split|broke|broken|cracked|given up|gave (up"
    r"|out)|worn (out|through)|wore (out|through)|fallen apart|fell apart|come apart"
    r"|came apart|died|packed (in|up))\b"
    # round 14 (batch 23): the customer's own feet ("measured both my feet, spotted
    # one was half a size bigger than the other")
    r"|\b(foot|feet)\b[^.?!]{0,45}\b(bigger|smaller|wider|narrower|longer|shorter) than"
    r" the other\b"
    # batch 25: "can't spot it" (where a menu is), "ordered tuesday came wednesday"
    r"|\b(can'?t|cannot|couldn'?t) (spot|locate) (it|them|where|the|my|how)\b"
    r"|\bordered (on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|last night|this morning|at \d+ ?(am|pm)?)\W+(and )?(it )?(came|arrived"
    r"|got here|was here|here|delivered)\b"
    # round 19 (batch 35): lost on a trip, not by us ("my boss's suitcase went missing
    # on a flight to Lisbon, and with it her loafers")
    r"|\b(lost|went missing|gone missing|got lost|mislaid)\b[^.?!]{0,20}\b(on|at|during)"
    r" (a|the|my|his|her|their|our) (flight|plane|train|holiday|trip|airport|festival"
    r"|beach|cruise)\b|\b(the )?airline (lost|mislaid)\b"
    # round 19 (batch 34): the customer's own choice ("I tried it on the website
    # instead of the app"), and an order not sent yet that the customer wants to change
    # before it goes ("it hasn't shipped yet. Is there any way to change the colour")
    # round 35 (batch 103): "I put flat 4 instead of flat 14"
    r"|\b(can'?t|cannot|couldn'?t) (proofread|proof-read|spell|type|read|count)\b[^.?!]{0,20}"
    r"\bmy own\b"
    r"|\b(i|we)('ve| have| had)? (just )?(tried|used|went|go|chose|opted|decided|switched"
    r"|put|typed|entered|wrote"
    r"|paid|picked)\b[^.?!]{0,40}\binstead of\b"
    # round 25 (from batch 15): "I'll be using the Queen Street branch from now on
    # instead of the Bristol one"
    r"|\b(i|we)('ll| will|'m| am|'re| are)( be)? (using|use|shopping|shop|going|go|ordering"
    r"|order|buying|visiting|collecting)\b[^.?!]{0,50}\binstead of\b"
    # round 26 (batch 49): "I sent my return with the courier I work for out of pure
    # habit instead of using your label"
    r"|\b(i|we)('ve| have| had)? (just )?(sent|posted|returned|shipped|dropped)\b"
    r"[^.?!]{0,60}\binstead of (using|with|via|through)\b"
    r"|\b(hasn'?t|has not|haven'?t|have not|isn'?t|is not|not) (been )?(dispatched|shipped"
    r"|sent|gone out|left)( out)? yet\b(?=[^.?!]{0,3}[.,;:!]?\s*[^.?!]{0,40}\b(change|amend"
    r"|swap|update|edit|add|switch)\b)"
    # round 27 (batch 51): "Order SS-33107 shows 'not yet dispatched' on the status
    # page. Can the address be amended?"
    r"|\bnot yet (dispatched|shipped|sent|gone out)\b(?=[^?!]{0,60}\b(change|amend|swap"
    r"|update|edit|switch)\w*\b)"
    # round 27 (batches 50, 51): what did not happen ("two winters mucking out and they
    # havent split once", "didn't get a single blister")
    r"|\b(haven'?t|havent|hasn'?t|hasnt|never|not once|didn'?t|didnt) (\w+ )?(split|cracked"
    r"|leaked|peeled|fallen apart|fell apart|come apart|worn through|let (the )?(water|rain)"
    r" in)( once| at all| yet)?\b"
    r"|\b(didn'?t|didnt|did not|never|without|haven'?t|havent) (get|got|getting|have|had"
    r"|having)? ?(a single|one|any|even one|a) (\w+ )?(blisters?|rubs?|sore (spot|toe|heel)s?)\b"
    # round 27 (batch 51): the customer's own doing ("turned out I was scanning the old
    # used-up card instead of the new one")
    r"|\b(i|we) (was|were|'d been|had been) \w+ing\b[^.?!]{0,50}\binstead of\b"
    # round 30 (batch 56): "split the invoice across two cost centres", "the PE
    # cupboard was broken into over half term"
    r"|\bsplit (the |an |our |my |this |that )?(invoice|bill|payment|cost)s?\b"
    r"|\b(can|could|would|will) (you|we|i) (please )?split\b|\bsplit (it|them) (across"
    r"|between|into)\b"
    r"|\b(was|were|got|been|being|had been) (broken into|burgled|robbed)\b"
    # round 30 (batch 57): on hold with someone else ("my bank's blocked the payment...
    # I'm on hold with them now")
    r"|\bon hold (with|to) (them|my bank|the bank|my card (company|provider)|paypal|klarna"
    r"|the airline|my (phone|broadband|energy) (provider|company)|my insurer|the council)\b"
    # round 30 (batch 57): what did not happen ("clean queue, clear emails, zero
    # crashes")
    r"|\b(zero|not a single|not one|without (a single|any)) (crash(es)?|glitch(es)?|errors?"
    # round 37 (batch 119): "Eight-hour shifts on a wet floor and not one wobble."
    r"|hiccups?|delays?|issues?|problems?|faults?|bugs?|lag|wobbles?|slips?|blisters?"
    r"|leaks?|squeaks?|twinges?|aches?|niggles?)\b"
    # round 30 (batch 54): wet feet as a way of life, not a leak ("ugh rain is the
    # worst, my feet are always soaked. are the ankle boots actually waterproof")
    r"|\b(my|our|his|her|their) (feet|socks|toes) (are|get|end up) (always|constantly"
    r"|forever|permanently|perpetually) (soaked|drenched|wet|soggy|sodden|damp)\b"
    r"(?![^.?!]{0,30}\b(in|with|wearing|inside) (the|my|these|those|your|them|their)\b)"
    r"|\b(my|our|his|her|their) (feet|socks|toes) (are|get|end up) (soaked|drenched|wet"
    r"|soggy|sodden|damp) (every (day|morning|walk|winter)|all the time)\b"
    # round 35 (batches 100 and 101): "went down outside the courthouse in my dress
    # shoes. Nothing broken but my pride.", "can I get order emails sent to a different
    # address than my login?"
    r"|\bnothing (was |got |is )?(broken|hurt|damaged)\b"
    # round 35 (batches 92 and 93): "shows as paid once and not twice?", "I've just
    # sent two pairs of boots in for resoling", "the toes of my shoes get scuffed
    # against the footplate"
    r"|\bonce,? (and )?not twice\b"
    r"|\b(i|we)('ve| have| had)? (just |only )?sent (\d+|one|two|three|four|five|both"
    r"|the) [^.?!]{0,20}\b(in|off|back) (for|to)\b"
    r"|\b(get|got|gets|getting) (scuffed|scratched|worn|marked|scraped) (against|on|by"
    r"|from) (the|my|a) (footplate|footrest|pedals?|wheelchair|kerb|brake|clutch"
    r"|crutch|scooter)\b"
    # round 35 (batch 102): "my boots have finally given up. Eight years old, resoled
    # twice, and the uppers have now cracked"
    r"|\b(my|his|her|our|their) (\w+ ){0,2}(have|has) finally (given up|gave up|died"
    r"|packed (in|up)|had it|worn (out|through))\b"
    r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) years"
    r" old\b[^?]{0,60}\b(have |has )?(now )?(cracked|split|worn through|worn out|given"
    r" up|gave up|died|fallen apart)\b"
    r"|\b(went|fell) down (outside|on (the|a|some) (ice|pavement|stairs|steps|path|floor)"
    r"|hard|heavily|like a)\b"
    r"|\b(e-?mails?|receipts?|invoices?|confirmations?|texts?|notifications?|updates?"
    r"|newsletters?) sent to (a different|another|my other|my work|a new)\b"
    # round 36 (batches 98 and 99, read this round): "one of my boots came off in a bog"
    # (the foot's, not the sole's), "Our church hall is freezing and damp"
    r"|(?<!on )(?<!of )(?<!from )\b((one|both|either) of my (boots|shoes|wellies|trainers)"
    r"|my (boot|shoe|wellie|welly|trainer)s?) (came|come|comes) off (in|into) (a|the) (bog"
    r"|mud|river|sea|stream|ditch|marsh|water|snow|puddle)\b"
    r"|\b(hall|church|house|room|office|flat|station|yard|outside) (is )?(absolutely "
    r"|bloody |so |really )?freezing\b"
    # round 36 (batches 108 and 109): "Didn't even have to ask twice.", "They've shrunk
    # a bit. Not asking for a refund, any tips to stretch them?"
    r"|\b(didn'?t|did not|never) (even )?(have|need|had|needed) to (ask|chase|call|ring"
    r"|email|prompt|remind|push)\b"
    r"|\b(i'?m |i am |we'?re |we are )?not (asking|looking) for (a|my|any) (refund"
    r"|replacement|money back)\b"
    # round 36 (batch 98): "had to chase a lad over a fence" (a police officer's day)
    r"|\b(had to |having to )?(chase|chased|chasing) (a|the|some) (lad|man|bloke|suspect"
    r"|thief|shoplifter|kid|dog|cow|sheep|horse|bus|train)\b"
    # round 36 (batch 110): "I don't want to be paid twice", "packed the best - no
    # rattling, no crushed boxes"
    r"|\b(don'?t|do not) want to be (paid|refunded|charged|credited) twice\b"
    r"|\bno (crushed|damaged|broken|dented|squashed|battered|torn) (boxes|box|parcels?"
    r"|packaging|packages?)\b"
    r"|\b(yours|they|orders|parcels|boxes|boots|it) (are|were|is|was) packed (the best"
    r"|so well|beautifully|brilliantly|really well|with (such )?care|carefully|perfectly"
    r"|nicely|well)\b"
    # round 36 (batch 113): "Horrible weather today, soaked through walking the kids to
    # the shops."
    r"|\b(weather|rain|downpour|storm|drizzle)\b[^.?!]{0,30}\b(soaked|drenched) (through"
    r" )?(walking|cycling|on the (way|walk|school run))\b"
    # round 36 (batch 115): "Just checking the balance went down by the right amount"
    r"|\b(balance|price|prices|total|amount|bill|points) (has |have )?(went|gone|go|goes"
    r"|come|came) down\b|\bwent down by\b"
    # round 36 (batch 115): "I can't stand laces, they always come undone mid-class"
    r"|\b(laces|they) (always|keep|constantly|forever) (come|coming) undone\b"
    # (round 37, batch 121: "Our warehouse flooded over the weekend")
    r"|\b(a|the|our) [\w ]{0,30}\b(sale|hall|venue|church|shed|garage|basement"
    r"|warehouse|office|depot|unit|workshop|house|flat|kitchen|cellar|shop floor)"
    r" (flooded|was flooded|burned down|burnt down|caught fire)\b[^.?!]*"
    # round 37 (batches 120 and 121): "Rain's been horrendous all week at the site and
    # everything we own is soaked", "Your walking boots were the only thing that didn't
    # get wet", "been on nights at the distribution centre about 8 months now"
    r"|\b(rain|downpour|storm|weather)\b[^.?!]{0,50}\b(everything|all our|all my|our"
    r"|we|i)\b[^.?!]{0,30}\b(soaked|drenched|sodden|wet through)\b"
    r"|\bthe only (thing|things|ones?|pair)( \w+){0,2} that (didn'?t|did not) (get )?(wet"
    r"|soaked|damp|muddy|leak)\b"
    r"|\b(been|worked|working) (on )?(nights|days|lates|earlies|shifts|at|in|here|there)\b"
    r"[^.?!]{0,40}\b\d+ (months|years) now\b"
    # round 37 (batch 123): "it came the day you said it would, so that's not slow"
    r"|\b(came|arrived|turned up|got here|delivered) (on )?the (day|date) you said (it|they)"
    r" would\b(,? so that'?s not (slow|late))?"
    # round 37 (batch 130): "She's worn the same navy court shoes to every do since 2009
    # and they're finally falling apart."
    r"|\b(since|for) (19|20)\d\d\b[^.?!]{0,40}\b(finally|eventually|at last) (falling"
    r" apart|fallen apart|worn out|worn through|given up|giving up|split|splitting)\b"
    # round 37 (batch 128): "I've tried everything, expensive brands, cheap ones, the
    # lot"
    r"|\btried (everything|them all|every brand)\b[^.?!]{0,40}\b(brands?|makes|labels)\b"
    # round 37 (batch 127): "I've never had a pair last more than 18 months"
    r"|\b(never|not) (had|have|found) (a|any|one) (pair|boots?|shoes?)( that)? (last|lasts"
    r"|lasted) (more|longer) than\b[^.?!]*"
    # round 37 (batch 118): "I absolutely hate shoes that squeak on lino"
    r"|\b(hate|can'?t stand|loathe|detest|dislike|don'?t (want|like)) (\w+ ){0,2}(shoes"
    r"|trainers|boots|soles|ones|clogs|sandals) that (squeak|rub|pinch|slip|leak|creak"
    r"|click|clack)\w*\b"
    # round 37 (batch 107): "been through mud, wet screed, a flooded basement, and the
    # boots still don't leak"
    r"|\bstill (don'?t|do not|doesn'?t|does not|haven'?t|have not|never) (once )?"
    r"(leak|leaked|let (in )?(a drop|any water|water))\b"
    r"|\b(haven'?t|have not|never) once (leaked|let (in )?(a drop|any water|water))\b"
    # round 40 (batch 168): the customer's own fixed time ("The service is at eleven and
    # cannot be moved")
    r"|\b(service|funeral|wedding|ceremony|christening|event|interview|flight)\b[^.?!]{0,30}"
    r"\b(cannot|can'?t|could not|couldn'?t) be (moved|changed|rearranged|postponed)\b"
    # round 40 (batch 175): "9/10, the missing point being the bog I stepped into"
    r"|\bthe missing (point|mark|star|half[- ]?point)\b"
    # round 41 (batch 181): what the customer accepts they cannot do ("I understand I
    # cannot return them now")
    r"|\b(understand|know|realise|realize|appreciate|accept) (that )?(i|we|she|he)"
    r" (can'?t|cannot|can not|won'?t be able to) (return|exchange|send back)\b"
    # round 41 (batches 182-185): a glitch explained away ("Tried again Saturday and it
    # applied fine, so presumably a glitch on the day"), a product ("knocked a tin of
    # wood stain straight onto my bag"), the customer soaked, not the boots ("soaked on
    # the gallery, and not a drop got in")
    # (not "your chat said it was just a glitch": our word for it)
    r"|\b(presumably|probably|must have been|must'?ve been|likely) a (glitch|blip|hiccup"
    r"|bug)\b"
    r"|\b(wood|tin of|pot of|can of) stain\b"
    r"|\b(soaked|drenched|wet through)\b(?=[^.?!]{0,60}\bnot a drop\b)"
)
# Phrases whose upset words are not upset at us, set aside before the upset words are
# counted: self-deprecating politeness ("sorry to be a pain"), what would have upset
# the customer, a measure of how much ("something awful"), worn things that "gave up",
# a bank's fraud check, teasing about what the customer spent (named
# SELF_DEPRECATING until round 33, when it had long outgrown its first job).
# Round 45 (batch 206): "i absolutely hate shoe shopping in person its the worst": no
# upset at us (UPSET_WORDS_SET_ASIDE), the customer's own dislike (OWN_TROUBLES).
HATING_SHOPPING = (
    r"\b(hate|loathe|detest|can'?t stand|cannot stand|dread) (\w+ )?shopping"
)
UPSET_WORDS_SET_ASIDE = (
    HATING_SHOPPING
    + r"( for \w+)?( in person| in shops| in town| on the high street)?(,? (it'?s|its"
    r"|it is) (the worst|awful|a nightmare|torture|horrible))?|"
    # round 46 (batch 219): "found the missing insole, it was stuffed in the toe of the
    # left boot the whole time. my bad"
    r"\bmy bad\b|"
    # round 46 (batches 234 and 235): a delivery status's name ("Courier marked it
    # failed delivery then came back in the afternoon"), and the customer's own hard
    # time shopping ("Awful time finding shoes for wide feet anywhere - 20 years I've
    # been coming to you")
    r"\b(marked|mark|marks|showing|shows|says|said) (it |it as |as )?(a )?failed"
    r" (delivery|attempt)\b|"
    r"\b(awful|terrible|horrible|dreadful|hard|rough|a nightmare of a) time finding"
    r" (shoes|boots|trainers|anything|a pair|sandals)\b|"
    # round 39 (batch 161): "Sorry to bother, my English is bad."
    r"\bmy english (is|'s) (so |very |not very |quite )?(bad|poor|terrible|not good|weak)\b|"
    # round 38 (batch 141): "Worst photo ever attached, sorry about the blur"
    r"\b(worst|terrible|awful|rubbish|dreadful|horrible) (photo|picture|pic|photography"
    r"|drawing|handwriting|selfie)\b|"
    # round 38 (batch 138): "they rung me this mornin to say it'd come on the late van"
    r"\b(it'?d|it would|it'?ll|it will|they'?d|they'?ll|would|will|to|it) come on (the|a"
    r"|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|its way)\b|"
    # round 34 (batches 84 and 95): "The football at the weekend was dreadful too", "an
    # absurd quantity of library books"
    r"\bthe (football|match|game|weather|traffic|rugby|cricket|golf|commute)( [\w']+){0,3}"
    r" (was|is|has been|were) (dreadful|awful|terrible|shocking|rubbish|horrendous"
    r"|diabolical|grim|miserable)|\ban absurd (amount|number|quantity|pile)|"
    # round 37 (batch 120): "Campsite showers are disgusting"
    r"(campsite|public|gym|pool|site|hostel|festival|communal|shared|station) (showers?"
    r"|toilets?|loos?|changing rooms?)( [\w']+){0,2} (are|is|were|was) (disgusting|gross"
    r"|filthy|vile|grim|minging|rank|horrible|awful)|"
    # round 37 (batches 106 and 107): "Traffic in this city is horrendous", "the mess
    # room at our depot"
    r"(?<![\w'] )\b(traffic|weather|parking)( [\w']+){0,3} (was|is|has been|were)"
    r" (dreadful|awful|terrible|shocking|rubbish|horrendous|diabolical|grim|miserable)"
    r"|\bmess (rooms?|halls?|tents?|decks?|tins?|kit)\b|"
    r"\b(sorry (to be|for being|if i'?m being) (so )?(annoying|a pain|a nuisance|useless)"
    r"|(annoying|silly|stupid|dumb) question|stupid me"
    # round 20 (batch 36): "something awful" says how much ("my ankles swell up
    # something awful by the afternoon")
    r"|something (awful|terrible|chronic|shocking|rotten|dreadful|fierce)"
    # round 31 (batch 69): what would have upset the customer ("so I'd have been
    # gutted")
    r"|(i'?d|i would|would'?ve|would have) (have )?been (so |really |absolutely )?(gutted"
    r"|devastated|furious|livid|upset|annoyed|heartbroken|fuming)"
    # round 31 (batch 70): "Awful confession: we both ordered the same bag" (the upset
    # word goes here; SELF_BLAME also names it, so nothing after it is held against us)
    r"|(awful|terrible|horrible|dreadful|embarrassing|shameful) (confession|admission)"
    r"|(i'?m|i am|he'?s|she'?s|he is|she is|my \w+ is|my \w+ are) (so |really |just |totally )?"
    r"(awful|terrible|rubbish|hopeless|useless|bad|no good|dreadful) (at|with)"
    # round 13 (batch 22): upset about a day we made better ("turned a rubbish day
    # right around")
    # round 29 (batch 49): worn-out things "gave up", no customer giving up ("My old
    # ankle boots gave up mid-performance")
    r"|(boots|shoes|trainers|they|it|soles?|heels?|zips?|laces|pair|slippers|sandals"
    r"|wellies|uppers?) (finally |eventually |have |had |just |completely )?(gave|given"
    r"|give) up"
    # round 29 (batch 53): "My dad is awful to buy for"
    r"|(awful|terrible|impossible|a nightmare|a pain|hard|difficult|murder) to buy"
    r" (for|presents for|gifts for)"
    # round 32 (batch 66): the customer's own buying ("said I should stop buying
    # rubbish and invest in something proper")
    # round 32 (batch 81): "bank says it was their fraud check"
    r"|fraud (check|checks|alert|alerts|screening)"
    # round 33 (batch 89): other firms' doing, in praise of us ("the only company that
    # got my new address right... Everyone else has made a mess of it.")
    r"|(everyone|everybody|every other (company|shop|firm)|all the others) (else )?(has |have"
    r" |had )?(made a (mess|hash|pig'?s ear)|got it wrong|messed (it )?up)( of it)?"
    # round 33 (batch 88): "I had a whole complaint drafted in my head and then the
    # trainers turned up early... Nothing to moan about."
    r"|nothing to (moan|complain|grumble|whinge|rant) about"
    # round 33 (batch 90): "Had a right nightmare at the airport, the airline lost my
    # case"
    r"|(a |right |total |absolute )?(nightmare|mare|shocker) (at|with) (the )?(airport"
    r"|airline|train station|station|motorway|traffic|builders|removal (men|company|firm)"
    r"|removals|move|passport office)"
    r"|(had|got) a (whole |full |long )?(complaint|rant|moan) (drafted|ready|written|lined"
    r" up|prepared)"
    # round 32 (batch 74): "Dreadful memory, me."
    r"|(dreadful|terrible|awful|rubbish|shocking|hopeless|useless|bad|poor|appalling)"
    r" memory"
    r"|(stop|quit|keep|kept|been|sick of|tired of) buying (cheap )?(rubbish|junk|tat|crap)"
    r"|(turned|made|saved|brightened) (a|my|what was a) (rubbish|bad|awful|terrible"
    r"|horrible|rotten|dreadful|long|tough|hard|grim) (day|week|morning|afternoon)"
    r"( right)?( around| round)?"
    # round 16 (batch 28): a partner's or a wallet's teasing verdict on what the
    # customer spent ("came out with two pairs of boots, the wife was not impressed")
    r"|((the|my|his|her) )?(wife|missus|husband|hubby|other half|partner|boyfriend"
    r"|girlfriend|bank balance|bank account|wallet|bank manager)( (was|is|isn'?t|wasn'?t"
    r"|'s)( not| n't)?| not) (impressed|amused|best pleased|too pleased|thrilled"
    r"|overly impressed|very impressed|pleased))\b"
    # round 26 (batch 49): praise of what survives ("my dogs have tried very hard to
    # destroy these trainers and failed")
    r"|\b(tried|tries|trying|done (their|his|her) best|did (their|his|her) best)"
    r" (\w+ ){0,3}to (destroy|wreck|ruin|chew|break|trash|shred|kill)\b[^.?!]{0,40}"
    r"\b(and|but) (failed|couldn'?t|could not|didn'?t manage)\b"
    # round 40 (batches 148, 149, 169 and 171): "my suede boots took the worst of it",
    # "Our yard is a disgusting bog", "worst mud in Newmarket", "Disgusting mud on every
    # job site", "Terrible at measuring my own feet lol", "so fed up of cheap bags
    # falling apart on me"
    r"|\b(took|take|takes|taking|got|bore|had) the (worst|brunt) of it\b"
    r"|\b(disgusting|horrible|awful|terrible|filthy|dreadful|worst|vile|grim) (mud|muck"
    r"|bog|weather|rain|puddles|clay|slurry|conditions)\b"
    r"|\b(is|was|are|were) an? (disgusting|horrible|awful|terrible|filthy|dreadful) (bog"
    r"|swamp|mudbath|quagmire|mud ?bath)\b"
    r"|(?:^|[.!?]\s+)(so |really |just )?(terrible|awful|rubbish|hopeless|useless|bad) at"
    r" \w+ing\b(?=[^.?!]{0,25}(\bmy own\b|, me\b|\blol\b))"
    r"|\b(sick|tired|fed up) of cheap (\w+ )?(bags|boots|shoes|trainers|totes|wellies"
    r"|sandals)\b"
    # round 40 (batches 173 and 174): "twist me ankle real bad", "Should the parcel...
    # fail to arrive by the stated date", "so nobody waste time on my email"
    r"|\b(twist|twisted|sprain|sprained|hurt|broke|bruised) (me|my|his|her) (ankle|knee|foot"
    r"|wrist|back|toe)( (real|really|so|pretty|quite))? (bad|badly)\b"
    r"|\b(should|if|in case|were) (the|my|our|it|they) ([\w-]+ ){0,4}fail to\b"
    r"|\bso (nobody|no one|no-one|you don'?t) (has to |needs to )?waste"
)
# A short quoted phrase (not an apostrophe): with a sarcasm cue, a quoted stock phrase.
SCARE_QUOTE = r"(?<![a-z])['\"\u2018\u201c][a-z][^\"\u2019\u201d\n]{1,30}?['\"\u2019\u201d](?![a-z])"
# A demand for an answer with repeated punctuation ("answer me!!!").
DEMAND = r"\b(answer|reply to|respond to|get back to|talk to) (me|us)\b\s*[!?]{2,}"
# A demand for the customer's money back: never praise, whatever else the message says
# (round 41, batch 176: "they're more honest than you bloody lot. Give me my money
# back." got the praise reply).
REFUND_DEMAND = (
    r"\b(give|want|need|demand|get) (me |us )?(my|our|the) money back\b|\brefund me\b"
    r"|\bi (want|need|demand) (a|my) (full )?refund\b"
)
# A question about what would happen ("what if my parcel gets lost?") or a wanted feature
# ("boots that won't let the rain in?"), not a failure.
HYPOTHETICAL = (
    # round 39 (batch 154): a question that checks ("just want to double check there's
    # only one order and i've not been charged twice?")
    r"\b(double[- ]check|make sure)\b|"
    r"\b(what if|what happens (if|when)|in case|in the event|hypothetically|suppos(e|ing) "
    # round 22 (batch 41): not "apologies if I've missed something, but I was charged"
    # round 38 (batch 140): "Just checkin' I ain't gonna get charged three times?"
    r"|(checking|check|checkin'?|making sure|confirm|confirming) (that )?(i|we) (ain'?t|am not"
    r"|'m not|won'?t|will not|wont|don'?t|do not) (gonna |going to )?(get |be )?(charged"
    r"|billed)\b"
    r"|(?<!apologies )(?<!sorry )(?<!forgive me )(?<!excuse me )(?<!pardon me )"
    # (round 38, batch 135: "Just wonderin if I'll get charged twice?")
    r"if (my|the|a|an|it|they|i|i'?m|i'?ve|i'?d|i'?ll|we|you|there|someone|something"
    # round 32 (batch 66): "If tracking ever says "Delivered" but there's nothing
    # there, what's the process?"
    r"|tracking|parcels?|orders?|deliveries"
    # round 46 (batch 228): "If SS-55430 hasn't turned up by Friday what would be the
    # next step?"
    r"|[a-z]{0,4}-?\d{3,}) "
    # (round 47, batch 251: not "I'm sorry to say the gift card... was declined")
    r"|(?<!sorry to )(?<!sad to )(?<!have to )(?<!had to )(?<!afraid to )say (my|the|it"
    r"|they|i|i'?m|you|someone|a|an) |should (my|the|it|they) "
    # round 19: "should I be charged twice by mistake, how do I get one back?"
    r"|should (i|we) (ever )?be (charged|billed|overcharged|sent) "
    r"|(will|would|could|might) (my|the|it|they|a|an|there) "
    r"|(that|which) (won'?t|don'?t|doesn'?t|will not|do not) "
    # round 33 (batch 76): what the guarantee covers, a kind of fault named ("does the
    # 2 year guarantee on boots cover the sole coming away or is that classed as wear
    # and tear?"), not one that happened ("cover my sole, which came away")
    r"|(whether|does|would|will) (the|your) ([\w-]+ ){0,3}(guarantee|warranty)( on [\w ]{1,20}?)?"
    r" (covers?|includes?) (a |an |the )?(\w+ ){0,2}\w+ing )"
)
# A worry about what may happen (round 23, batch 44: "I'm worried in case it turns up
# late. If it doesn't come by the 14th, what would happen?"): a hypothetical sentence
# without its question mark.
WORRY = (
    r"\b(worried|worry|worrying|concerned|nervous|anxious|afraid|scared)\b[^.?!]{0,12}"
    r"\b(in case|that it|it might|it may|it'?ll|it will|it won'?t)\b"
)
# How a hypothetical sentence opens, question mark or not.
HYPOTHETICAL_OPENING = (
    r"(?:^|[.!?]\s+)(just )?(hypothetically|theoretically|in theory|purely hypothetically|what if"
    r"|what happens if|say if|imagine if|suppose|supposing"
    # round 44 (batch 198): "1. Say the boots crack in the first year 2. Is that
    # covered by the guarantee"
    r"|say (the|my|it|they|our) )"
)
# A question about something that may happen (round 17, batch 30: "If the parcel
# doesn't arrive before the 24th, would I get a refund on the express delivery
# charge?"): a sentence that opens with the condition.
CONDITIONAL = (
    r"(?:^|[.!?,;]\s*)(?:and |but |so |also |just wondering,? |quick question,? "
    # round 20 (batch 36): "Hypothetically if someone nicked it off my doorstep..."
    r"|(?:purely )?hypothetically,? |theoretically,? |in theory,? )?"
    r"(if|what if|what happens if|what happens when|in case|in the event|suppos(e|ing)"
    r"|say) (my|the|a|an|it|they|i|ah|we|there|someone|something|his|her|our|their|you)\b"
    # round 30 (batch 59): "What would happen if it went past the 16th?", "could you
    # please confirm whether the 2-year guarantee on boots covers the sole separating"
    r"|\bwhat (would|will|should) happen (if|when|should)\b"
    r"|\b(whether|if|does|would|will) (the|your|my|a) ([\w-]+ ){0,3}(guarantee|warranty)"
    r"( on [\w ]{1,20}?)? (covers?|includes?|applies|extends)\b"
    # round 33 (batch 85): "mentioned the boot guarantee on Saturday and I meant to ask
    # — does it cover the zip as well?"
    r"|\b(guarantee|warranty)\b[^?]{0,80}\b(does|would|will) (it|that|this) (cover"
    r"|include|extend to)\b"
)
# The customer blames themselves: a problem they caused is not held against us.
SELF_BLAME = (
    # (one group of branches after a word boundary: searched branch by branch)
    r"\b("
    # round 44 (batch 199): "My partner tumble dried his suede boots (don't ask)... I know
    # that's not covered, but is it something your repair service could look at"
    r"i (know|realise|realize|understand) (that'?s|that is|it'?s|it is|this is) not"
    r" covered|i (know|realise|realize|understand) (that|it|this) (isn'?t|won'?t be"
    r"|wouldn'?t be) covered|"
    # (round 37, batch 123: not "Was it my fault? No. Was it yours? Aye.")
    r"(at|with) myself|(?<!was it )(?<!is it )(?<!not )(?<!n't )(my|me(?= own)) (own )?((daft|stupid|silly|dumb|clumsy|bloody) )?(fault|mistake"
    r"|bad|doing|error|clumsiness|carelessness"
    r"|stupidity|slip)|i (ordered|picked|chose|bought|put|typed|ticked|clicked|tapped"
    r"|entered|got|selected) the wrong|i messed up|i made a mistake"
    r"|i'?m (useless|hopeless|terrible|rubbish) (at|with)"
    # round 38 (batches 139 and 140): "Put my old address on the order by mistake",
    # "typed E3 instead of E2 in the postcode"
    r"|(?:^|[-,;:.!]\s*|\bi )(typed|entered|put|wrote|selected|picked|clicked|ticked)"
    r" [\w ]{1,20} instead of\b"
    r"|(?<!you )(?<!they )(?<!he )(?<!she )\b(put|typed|entered|used|gave|left) (my|our|the)"
    r" (old|previous|former|work) (address|postcode|post code|email|number)\b"
    r"|i (typed|entered|put|gave|spelt|spelled|wrote) (in )?(my|the) (\w+ ){1,3}wrong"
    # round 18 (batch 32): the "I" left out ("Put the wrong house number on SS-40126")
    r"|(?:^|[.!?]\s+)(put|typed|entered|gave|picked|ordered|chose|selected) (in )?(the|a)"
    r" wrong"
    # round 24 (from batch 30): "Typed my email wrong when I checked out as a guest"
    # (round 43, batch 195: "I typed my own email address wrong at checkout")
    r"|(?:^|[.!?]\s+)(typed|entered|put|gave|spelt|spelled|wrote) (in )?my (\w+ ){1,3}wrong"
    # round 11: "left my suede boots on the radiator overnight" (told by the customer:
    # at the start of a sentence or after "I", "we", "and")
    r"|(?:(?<![a-z'] )|(?<=\bi )|(?<=\bwe )|(?<=\band )|(?<=\bi've )|(?<=\bwe've )"
    r"|(?<=\bjust )|(?<=\bthen ))(left|put|dried|washed|tumble[- ]dried|stuck) "
    r"(my |the |them |it |both )?([\w']+ ){0,3}"
    r"(on|by|near|in|next to|against|through) (the |a )?(radiator|fire|heater|log burner"
    r"|washing machine|tumble dryer|dryer|dishwasher|oven|aga)"
    # round 19 (batch 34): "it turns out she told me the wrong size"
    r"|\b(she|he|they|my (brother|sister|mum|mom|dad|son|daughter|husband|wife|partner"
    r"|friend|niece|nephew|aunt|uncle|gran|grandma|grandad|boss|colleague|kids?|child"
    r"|boyfriend|girlfriend))('d| had)? (told|gave|sent) (me|us) the wrong (size|colou?r"
    r"|address|number|one|fitting)\b"
    # round 18 (batch 33): "My dog ate it. Genuinely."
    # round 21 (batch 39): "My puppy has eaten the heel of one of my rehearsal flats"
    # round 22 (batch 38, found by a rule from batch 41): "I know that's on me"
    r"|\b(that'?s|that is|that one'?s|this one'?s) (all |totally |entirely )?on (me|us)\b"
    # round 32 (batch 77): "Left my gym bag on the bus with my slides in it."
    r"|(?:^|[.!?]\s+|\bi |\bwe |\band )left (my|our) ([\w']+ ){0,3}(on|in) (the|a) (bus"
    r"|train|tube|plane|taxi|coach|tram|cab|uber|ferry|underground)\b"
    # round 32 (batch 74): "Left my new trainers on the 18:05 to Reading like an
    # absolute muppet." (not "treated me like an idiot", "spoke to my mum like an
    # idiot", "made me feel like an idiot": someone else's name for a person)
    r"|(?<!me )(?<!us )(?<!her )(?<!him )(?<!them )(?<!mum )(?<!dad )(?<!mother )"
    r"(?<!father )(?<!wife )(?<!husband )(?<!son )(?<!daughter )(?<!partner )(?<!kid )"
    r"(?<!child )(?<!nan )(?<!gran )(?<!friend )(?<!people )(?<!customers )(?<!everyone )"
    r"(?<!feel )(?<!felt )(?<!feeling )\blike an? (absolute |total |utter |complete "
    r"|proper |right )?(muppet|idiot|numpty|plonker|wally|doughnut|pillock|eejit|lemon"
    r"|clown)\b"
    # round 28 (batch 52): "and got awful blisters. Totally on me.", "My colleague
    # re-gifted me a pair of your loafers (she'd bought the wrong size)"
    r"|(?:^|[.!?]\s+)(totally|all|entirely|completely|fully) on me\b"
    r"|\b(she|he|my (brother|sister|mum|mom|dad|son|daughter|husband|wife|partner|friend"
    r"|aunt|uncle|gran|grandma|grandad|boss|colleague))('d| had) (bought|ordered|got"
    r"|picked|chosen|chose) (me |us |her |him )?the wrong (size|colou?r|one|fitting)\b"
    # round 25 (from batches 6 and 16): "my phone's storage is full so the app won't
    # update", "I put our order through my personal account by mistake"
    r"|\bmy (phone'?s? |phone |laptop'?s? )?(storage|memory|inbox) (is|was|'s|got) (full"
    r"|maxed out)\b"
    r"|\b(i|we) (accidentally |mistakenly )?(put|placed|ordered|used|paid|typed|entered"
    r"|clicked|selected|picked|sent|bought|booked|chose)\b[^.?!]{0,80}\bby (mistake"
    r"|accident)\b"
    # round 25 (batch 48): "I left my tote on a train last month and never got it back"
    # round 30 (batch 57): "Accidentally ordered the same bag twice because my toddler
    # got hold of my phone"
    r"|(?:^|[.!?]\s+|\b(i|we) )(accidentally|mistakenly) (ordered|placed|bought|paid"
    r"|clicked|checked out|booked|selected|added)\b"
    r"|\bmy (toddler|baby|kids?|son|daughter|dog|cat|puppy|kitten) (got hold of|got into"
    r"|grabbed|sat on|stood on) my (phone|laptop|ipad|tablet|card|account)\b"
    # round 31 (batch 72): "ordered twelve pairs in the incorrect sizes owing to an
    # internal spreadsheet error"
    r"|\b(owing|due) to (an internal |our (own )?|my (own )?)(\w+ ){0,2}(error|mistake"
    r"|oversight|mix-?up)\b"
    # round 31 (batch 70): "Awful confession: we both ordered the same bag as a present
    # for each other."
    r"|\b(awful|terrible|embarrassing|shameful|confession time|full) confession\b"
    # round 31 (batch 65): "Burnt a little hole in the toe of my clogs when a pan of
    # caramel went over."
    r"|(?:^|[.!?]\s+|\b(i|we) )(burnt|burned|scorched|melted|singed|snagged) (a |an )?"
    r"(little |small |tiny |big )?(hole|mark|patch|tear|rip) (in|on|into)\b"
    # round 30 (batch 56): "we forgot to put our PO number on the order"
    r"|\b(i|we) (completely |totally |simply )?forgot to (put|add|enter|include|use|apply"
    r"|tick|select|quote|give|type|attach)\b"
    # round 31 (batch 61): the "I" left out ("Left my ballet flats on the coach home")
    r"|(?:^|[.!?]\s+|\b(i|we) )(left|lost|dropped|forgot) (my|our) (\w+ ){0,2}(on|in) (a|the)"
    # (round 33, batch 89: "Left my handbag on the night bus at 4am")
    r" (night |late |last |early |school |airport |rail )?(train|bus|coach|minibus|ferry"
    r"|tram|tube|taxi|cab|plane|flight|pub|gym|beach|park|cinema)\b"
    # round 33 (batch 89): the customer's own fall ("Slipped on ice walking home after a
    # night shift and snapped the heel clean off"), not one blamed on the soles
    r"|(?:^|[.!?]\s+|\b(i|we|she|he) )(slipped|tripped|skidded|fell|went flying) (on|over"
    r"|down|off|in|into) (the |a |some |black |wet |my )?(ice|kerb|curb|stairs|steps?"
    r"|cobbles?|leaves|mud|pavement|dance ?floor|ladder|step ?ladder|roof|horse|bike)\b"
    r"(?![^.?!]{0,60}\b(non-slip|grip|slippery))"
    # round 39 (batch 152): "Snow came in sideways Friday and I went flat on the yard"
    r"|(?:^|[.!?,]\s*|\band )(i|we|she|he) (went|fell) (flat|head over heels|arse over tit)"
    r"\b(?![^.?!]{0,60}\b(non-slip|grip|slippery|slippy))"
    # round 39 (batches 133 and 146): "I was helping a resident out of the bath and
    # slipped, and my trainers got soaked", "slipped in the mud, ripped the sole half off"
    r"|\band (slipped|tripped|skidded|went flying)\b(?![^.?!]{0,60}\b(non-slip"
    r"|grip|slippery))"
    # round 39 (batch 147): an old thing conceded ("my boots leaked through the seams.
    # To be fair they're about 6 years old"), or one inherited ("Ma gran passed an left
    # me her auld handbag... the linin's torn")
    r"|\b(to be fair|in fairness|fair enough|admittedly|granted|mind you),? (they'?re|they"
    r" are|they were|it'?s|it is|it was|they'?ve been|i'?ve had them)( about| nearly| over"
    r"| well over| at least| a good)? (\d+|three|four|five|six|seven|eight|nine|ten|a"
    r" few|several|many) years\b"
    r"|\bleft (me|us) (her|his|their) (auld|old|vintage|ancient) \w+"
    # round 39 (batch 153): "Nan passed last month and she left me a pair of boots she
    # bought from you back in the 90s. They're falling apart"
    r"|\b(passed away|passed on|died|passed (last|in|this|recently|earlier|a few|two|three"
    r"))\b[^.?!]{0,40}\b(left|gave) (me|us)\b"
    # round 39 (batches 150 and 153): a thing that served its years ("mine carry me
    # through ten years of carnival and now the sole split"; "Last pair finally gave
    # up after a side of beef came off the hook onto my foot")
    r"|\b(carried|carry|carries|lasted|served|gave|given) (me|us|him|her)( through| for|"
    r" a good| well over| over| nearly| almost){0,2} (\d\d|[3-9]|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|twenty) (\w+ )?(years|winters|seasons)\b"
    r"|\b(last|old) (pair|ones|boots|shoes|wellies|trainers)( have| has)? finally (gave"
    r" up|given up|died|packed in|packed up|went|gone|fell apart|bit the dust)\b"
    # round 43 (batch 196): "Ordered a 5 when I'm clearly a 6"
    r"|\b(ordered|picked|chose|bought|got) an? (size )?\d+(\.5)? when i'?m (clearly"
    r" |actually |obviously |really |definitely |always )?an? (size )?\d+(\.5)?\b"
    # round 43 (batch 195): worn out with use ("I've been wearing her old boots ever
    # since. The sole finally split last week.")
    r"|\b(sole|soles|heel|heels|upper|uppers|leather|lining)( has| have)? finally (split"
    r"|cracked|gave (up|out|way)|wore (out|through)|went|came away)\b"
    # round 33 (batch 89): what someone at home did ("my partner packed my good Chelsea
    # boots in a box marked 'kitchen' and then left it on the drive in the rain")
    r"|\bmy (partner|husband|wife|boyfriend|girlfriend|flatmate|son|daughter|kids?|mum|dad"
    r"|other half) (then |accidentally |somehow |kindly |helpfully )?(left|packed|put|dropped"
    r"|washed|shrank|stood on|sat on"
    r"|tumble[- ]dried|threw)\b[^.?!]{0,100}\b(in the rain|outside|in the wash|in the"
    r" (dryer|tumble dryer|washing machine)|on the drive|in the garden|in the bin)\b"
    # round 33 (batch 87): "my handbag got caught in a train door last week and the
    # strap snapped clean off"
    r"|\b(got|was|were|get|gets) (caught|trapped|stuck) in (a|the) (train|bus|car|lift|tube"
    r"|tram|taxi|revolving) doors?\b"
    # round 47 (batch 249): "Ordered the 9s when I'm a 10... can't read a size chart"
    r"|\b(ordered|bought|got) (the |a )?(size )?\d+(\.5)?s? when i'?m (a |an )?(size )?"
    r"\d+(\.5)?\b"
    r"|\bcan'?t read a size (chart|guide)\b"
    # (round 47, batch 241: "My dog eat the left shoe of the pair")
    r"|\bmy (dog|puppy|cat|kitten|toddler|baby)( has|'s| had)? (ate|eat|eats|eaten|chewed"
    r"|destroyed"
    # round 33 (batch 90): "My toddler threw one of my sandals in the canal (!)"
    r"|ruined|ripped|torn|tore|shredded|ran off with|run off with|threw|thrown|chucked"
    r"|flushed|hid|hidden)\b"
    # round 15, batch 27: "My daughter used my account and ordered 3 pairs of trainers
    # without asking 🙄"
    r"|\bmy (daughter|son|kids?|child|children|husband|wife|partner|boyfriend|girlfriend"
    r"|mum|dad|toddler|teenager|flatmate) (used|ordered|bought|clicked|added|spent|got into"
    r"|went on)\b[^.?!]{0,60}\bwithout (asking|telling me|permission|me knowing)"
    # round 27 (batch 51): "I discovered I'd packed two left shoes from different pairs"
    r"|(i|we)('d| had|'ve| have)? (packed|grabbed|put on|wore)"
    r"\b[^.?!]{0,15}\btwo (left|right)s?"
    # round 36 (batch 109): "I put the canvas trainers through the hotel laundry at 60
    # even though the label clearly says 30"
    r"|(even though|although|despite) the (care |wash(ing)? )?label (clearly |quite "
    r"|plainly )?(says|said|saying|states)"
    # round 36 (batch 114): "I managed to post the returns slip to myself instead of
    # the parcel"
    r"|i (somehow )?managed to (post|send|order|lose|leave|drop|put|break|delete|throw)"
    # round 37 (batch 121): "Ordered twice by accident", "someone on our side keyed
    # the PO number wrong... Our error entirely."
    r"|(ordered|bought|paid|clicked|booked) (\w+ ){0,3}(twice|two times|double) by"
    r" (accident|mistake)"
    r"|our (own )?(error|mistake|fault)( entirely)?|(someone|somebody) (on|at) our (side"
    r"|end)"
    # round 37 (batch 107): damage done in the customer's fall ("fell off a ladder...
    # the boots got scuffed to bits on the way down")
    r"|(scuffed|scraped|ripped|torn|gouged|cut|wrecked|trashed)( up| to bits| to pieces"
    r"| to shreds| badly)? (on the way down|in the fall|when i fell|as i fell|when i"
    r" slipped)"
    # round 40 (batch 168): "Entirely an internal matter, and one we are discussing
    # internally."
    r"|(an?|our|purely an|entirely an) internal (matter|mix-?up|error|mistake)"
    # round 40 (batches 172 to 175): the customer's own fall told first ("Slipped on the
    # slipway... split the sole", "I slipped on a wet flagstone... tore the sole", "Me
    # slip on the ice", "slid in the mud, and the whole sole came off"), and a pair worn
    # out by its years ("My trainers finally gave up after three years")
    r"|(?:(?<=^)|(?<=\bi )(?<!that i )|(?<=\bme )(?<!that me )|(?<=\bhe )|(?<=\bshe )|(?<=, ))(slipped|slip|slid"
    r"|skidded|tripped) (on|in|over|down|off)\b(?![^.?!]{0,60}\b(non-slip|grip|slippery))"
    r"|(finally )?(gave|given) up (the ghost )?([\w']+ ){0,4}after (\w+ ){0,2}(years"
    r"|winters|seasons)"
    # round 45 (batch 206): "left her handbag too close to the pool edge - it got soaked"
    r"|(left|put|kept|stood|dried|hung) (her|his|my|our|their|the) ([\w-]+ ){0,2}too"
    r" (close|near) to the (pool|fire|fireplace|radiator|heater|stove|wood ?burner"
    r"|log burner|bonfire|barbecue|bbq|sea|water'?s edge)"
    # round 46 (batches 217 and 225): "I am very bad with sizes in UK", "My heels sank
    # into the lawn and one snapped"
    r"|(i am|i'm|im) (very |so |really |quite |terribly |pretty |just |hopelessly )?(bad"
    r"|rubbish|hopeless|useless|terrible|awful|clueless|no good) (with|at) (sizes|sizing"
    r"|measurements|measuring|conversions|technology|computers|apps|online shopping"
    r"|numbers|this|these things)"
    r"|(heels?|shoes?|boots?|stilettos?|wedges?|one|they|it) (sank|sunk|kept sinking"
    r"|got stuck|were sinking|was sinking) (in|into) (the )?(\w+ )?(lawn|grass|mud|turf"
    r"|sand|gravel|cobbles|grate|drain|field)"
    r")\b"
)
# Someone else's failure ("another shop lost my parcel, do you use tracked delivery?"):
# in a question, a sentence that names another firm or a past purchase elsewhere reports
# no failure of ours.
# Upset aimed in so many words at someone else (round 29: "furious with my airline for
# losing the suitcase with my only good shoes in it 😤 need something smart by friday",
# batch 24; "So annoyed with my own bank, they've put a hold on my account", dev).
UPSET_AT_OTHER = (
    r"\b(furious|fuming|livid|raging|seething|cross|annoyed|angry|mad|fed up|frustrated"
    r"|disgusted|gutted) (with|at) (my|the|our|his|her|their) (own )?(\w+ )?(airline"
    r"|bank|card (company|provider|issuer)|removal (company|firm|men)|removals|landlord"
    r"|letting agent|boss|employer|school|council|builders?|insurer|insurance company"
    r"|phone (company|provider|network)|broadband( provider)?|internet provider"
    r"|energy (company|supplier)|gym|dog|cat|puppy|kids?|husband|wife|partner|boyfriend"
    r"|girlfriend|sister|brother|mum|dad|flatmate|neighbou?r|hotel|travel agent"
    r"|tour operator|post office)\b"
    # round 32 (batch 79): "I'm paranoid about scams. Is a text saying my parcel is
    # held until I pay a fee actually from you?"
    r"|\b(paranoid|worried|nervous|wary|suspicious|anxious) (about|of) (scams?|fraud"
    r"|phishing|fake (texts?|emails?|messages?)|scam (texts?|emails?|calls?))\b"
)
# Round 46 (batches 219 and 225): another firm's part named ("when my ASOS voucher
# vanished for a week", "Evri have already told me my other parcel's delayed", "PayPal
# has put it 'on hold' for their own review").
NAMED_FIRMS_PART = (
    # (shops only: a courier's name may carry our own parcel, "my Evri parcel")
    r"\bmy (asos|schuh|amazon|ebay|zara|primark|boohoo|vinted|shein|temu|argos) (voucher"
    r"|order|parcel|gift card|refund|delivery|return|account)\b"
    # (another parcel said to be a courier's news, not ours: "my other order is late
    # too" is often ours)
    r"|\b(evri|dpd|hermes|yodel|royal mail|parcelforce|ups|fedex|dhl|amazon)\b[^.?!]{0,40}"
    r"\bmy other (parcel|order|delivery|package)\b(?! (from|with|of) (you|yours|your))"
    r"|\b(paypal|klarna|clearpay|apple pay|google pay|my bank|the bank) (has|have|had)"
    r" (put|placed|held) (it|the payment|my payment|the order|my order) ['\"\u2018\u201c]?"
    r"(on hold|under review|in review)\b"
)
OTHER_PARTY = (
    UPSET_AT_OTHER
    + r"|"
    + NAMED_FIRMS_PART
    # (round 46, batch 219: not a comparison, "my return has taken so much longer than it
    # does with other shops I use")
    + r"|(?<!than )(?<!does with )(?<!do with )(?<!than with )(?<!than at )\b(another|a"
    r" different|other|some other|the last|my last|my previous|my old|previous)"
    r" (shop|store|company|retailer|website|site|brand|place|seller|courier|firm|online shop)s?\b"
    # round 18 (batch 32): "my old boots leak like a sieve. Which of yours are..."
    r"|\bmy old (\w+ )?(boots?|shoes?|trainers?|wellies|slippers?|sandals?|heels|ones|pair)\b"
    # round 35 (batch 105): "My shoes from home are not good for this. I need waterproof
    # boots"
    r"|\bmy (\w+ )?(boots|shoes|trainers|wellies|sandals) from (home|back home)\b"
    # round 30 (batch 59): "bought from a third-party reseller which I now understand
    # is not an authorised seller", "They weren't yours, just cheap supermarket ones."
    r"|\b(a |the )?third[- ]party (reseller|seller|site|website|marketplace|retailer"
    r"|stockist)\b|\bnot an? (authori[sz]ed|official|approved) (seller|reseller|stockist"
    r"|retailer)\b"
    r"|\b(they|these|those|it|that|the \w+)( were|'re| are| was|'s| is)(n'?t| not) (yours"
    r"|from you|one of yours|your brand|ones from you|bought from you)\b"
    # round 30 (batch 57): "my last 'leather' bag from a certain high street place
    # peeled within a month"
    r"|\bfrom (a|another|some|one) (certain |particular |big |cheap )?(high[- ]street"
    r"|online|fast[- ]fashion|budget|discount|supermarket) (place|shop|store|chain|brand"
    r"|retailer|site|website|label)\b"
    # round 27 (batch 51): "The hotel in Nice wouldn't accept my parcel because the
    # booking's in my partner's name... What's the simplest way to reorder?"
    r"|\b(the|our|my) (hotel|concierge|airbnb host|cruise line|venue)( reception)? (in|at)"
    r" \w+"
    # (round 37, batch 120: not "It's someone else's order entirely")
    r"|\b(somewhere|someone|somebody) else\b(?!'s (order|parcel|boots|shoes|package"
    # (round 38, heldout76 once batch 116's soaking was set aside: "my 'waterproof'
    # boots from elsewhere were nothing of the sort", where they came from, not blame)
    r"|items?|stuff|box))|\b(from|bought|ordered|purchased|got (them|it|these|those))"
    r" elsewhere\b|\belsewhere\b|\bfrom (the )?(market|supermarket)\b"
    # round 23 (batch 44): "my boots (not from you!) leaked from day two"
    r"|\bnot (from|bought from|one of) (you|yours|your (shop|store|site|website))\b"
    # round 14 (batch 23): "PayPal seems to be down at the moment so I can't pay...
    # will the items still be held?"
    r"|"
    + PAYMENT_FIRM_DOWN
    # round 39 (batch 163): "My card provider has frozen my account"
    + r"|"
    + CARD_PROVIDER_STOPPED
    # round 48 (batches 259 and 260): "my last pair off the market in Builth was
    # absolute rubbish", "the courier I used to post my return (not yours, I booked my
    # own) has lost the parcel"
    + r"|\b(pair|boots|shoes|trainers|ones) (off|from) the (\w+ )?market\b"
    r"|\(not (yours|your (courier|driver|firm|company|one))\b"
    # round 40 (batch 171): "so fed up of cheap bags falling apart on me. how durable r ur
    # leather totes"
    + r"|(?<!your )(?<!ur )(?<!these )(?<!those )\bcheap (\w+ )?(bags|boots|shoes|trainers"
    r"|totes|wellies|sandals)\b(?! (from|bought from|i (got|bought) from) (you|your|ur)\b)"
)
# Goods said in so many words to come from another firm ("my wellies from another brand
# split"), or another firm's outage ("PayPal seems to be down"): a failure told of them
# in a statement is not ours either (round 39).
ANOTHER_FIRMS_PART = (
    r"\b(from|by|made by|bought from|got from|ordered from) (another|a different|some other"
    r"|a cheaper|a cheap|a rival) (brand|shop|store|company|retailer|website|site|seller"
    r"|make)\b"
    r"|\bnot (from|bought from|one of) (you|yours)\b"
    # round 39 (batch 156): "My friend ordered trainers elsewhere and is still waiting"
    r"|\b(ordered|bought|purchased|got)\b[^.?!]{0,25}\belsewhere\b"
    # round 39 (batch 160): "PayPal seems to be down so checkout won't go through"
    r"|" + PAYMENT_FIRM_DOWN + r"|" + NAMED_FIRMS_PART
)
# A problem that is over or was someone else's (round 6): "the app showed an error
# but it's fine now", "my card was declined but that was my bank". Counts only when
# nothing after it reports a failure or turns the story round ("but", "still").
RESOLVED = (
    # round 45 (a dev row its failure rule first read: "The bag strap gave way... had the
    # strap riveted back on by five o'clock")
    r"\b(had|got|has|have) (the|my|her|his|our) (strap|heel|sole|zip|buckle|handle"
    r"|toe cap)s? (riveted|stitched|glued|sewn|fixed|repaired|put|screwed) back on\b|"
    # round 44 (batches 198, 199 and 201): "stuck on 'at depot' for three days but it
    # come this morning" (a past "come"; not "will it come today"), "it's moving now
    # and says Thursday", "then it updated and parcel came", "it were just a pending
    # hold"
    r"(?<!does )(?<!did )(?<!will )(?<!would )(?<!could )(?<!can )(?<!should )(?<!to )"
    r"\b(it|they)( only| finally)? come (this morning|this afternoon|today|yesterday"
    r"|in the end)\b"
    r"|\b(tracking|it|the parcel|the order)('s| has| is) (moving|moved|updated|updating)"
    r" now\b"
    # round 45 (batches 210 and 211): "the right ones are on their way", "the 'missing'
    # insole from my box turned up, it had slid under the tissue paper"
    r"|\bthe (right|correct|replacement) (ones?|pair|size|colou?r)( \w+)? (is|are)"
    r" (already )?on (their|its) way\b"
    r"|\b(turned up|found (it|them))\b[^.?!]{0,10}\b(it|they) had (slid|slipped|fallen"
    r"|dropped|got tucked|been tucked) (under|behind|inside|into|down)\b"
    r"|\bthen (it|the tracking) (updated|moved)( again)? and (the )?(parcel|order|it|they"
    r"|boots|shoes)( \w+)? (came|arrived|turned up|landed)\b"
    r"|\b(was|were) (only|just) a pending (hold|charge|payment|authorisation)\b|"
    # round 43 (batch 197): "came with a different tag on it but the size inside is
    # right, so it's fine"
    r"\bso (it'?s|it is|that'?s|that is|they'?re|they are|all'?s) (all )?(fine|ok|okay"
    r"|good|grand)(?=\s*([.!,;)]|$|(now|anyway|thanks|cheers|really|honestly)\b))|"
    # round 33 (batch 91): "The wrong colour boots got swapped by your team while I was
    # away and the right ones are sat on the porch."
    r"\b(got|been|were|was) (swapped|exchanged|replaced) by (your|the) (team|shop|staff)\b"
    r"|\bthe right (ones?|pair|size|colou?r|boots|shoes) (are|is|'s|'re) (sat|sitting|waiting"
    r"|here|safe)\b|"
    # round 33 (batch 90): "the discount code wasn't working yesterday but it's gone thru
    # fine today lol"; an old complaint set aside ("it was handled badly at the time,
    # but this isn't about that")
    r"\b(gone|went) (thru|through) (fine|ok|okay|no problem)\b|\b(but )?(this|that|it)"
    r" (isn'?t|is not|'s not) (about|what i'?m (writing|messaging|here) about) (that|this)\b|"
    # round 33 (batch 88): "Parcel's here now and the trainers fit"; "Gift card balance
    # showing £0..., but it's back to £50 after I logged in again"
    r"\b(parcel|order|it|they|boots|shoes|package|trainers|bag|kit)('s| is| are|'re) (here"
    r"|arrived) now\b|\b(it'?s|its|it is|balance'?s|balance is|points are) back to [£$€]?[1-9]|"
    # round 33 (batch 86): "the courier said on Monday it was lost, but it turned up at
    # the depot and I've got it now"
    r"\b(i'?ve|i have|we'?ve|we have) (now )?(got|received|collected) (it|them|the (parcel"
    r"|order|boots|shoes|package|bag))( now\b|(?= *[.!]| and| so| just))|"
    # round 33 (batch 85): "...it just jumped to delivered and the box is on my desk
    # next to the PC. nvm!" (never mind, as the message's last word)
    r"\b(nvm|never ?mind)\W*$|"
    # round 33 (batch 75): "The click and collect text never came through but I popped
    # in anyway ... and the order was there waiting for me"
    r"\b(order|parcel|package|it|they|boots|shoes|bag) (was|were) (there |all )?(waiting|ready)"
    r" for (me|us)\b(?! to)|"
    r"\b((it|its|it'?s|that'?s|all|everything'?s?|we'?re|i'?m|all'?s) )?"
    r"(fine|ok|okay|good|sorted|working|fixed|resolved|solved|behaving|quiet) now\b"
    # (round 41, batch 182: what is back, not "two I've had to send back now"; or back
    # at the start of a clause, "sent em for a resole, back now and bone dry")
    r"|(^|[,.;:!]\s*)back now\b"
    r"|\b(it'?s|its|it is|they'?re|they are|that'?s|all|everything'?s?|all'?s|we'?re|i'?m"
    r"|(the )?(power|site|app|website|money|refund|parcel|order|points|balance|card|code"
    r"|account)( is|'s| are)?) back now\b"
    # round 23 (batch 44): "after this morning's update it's behaving itself"
    r"|\b(?<!not )(?<!n't )behaving (itself|themselves)\b"
    # (round 31, batch 64: not "Back in the day the manager would have sorted it")
    r"|\bdid the (job|trick)\b|(?<!would have )(?<!would've )(?<!could have )"
    # (round 31, batch 70: not "not one of them fixed it")
    r"(?<!not one of them )(?<!none of them )(?<!nobody )(?<!no one )(?<!never )"
    r"(?<!could've )(?<!should have )(?<!should've )\b(sorted|fixed|solved) it\b"
    r"|\ball (good|sorted|fine|ok)\b|\bno harm done\b|\bpanic over\b|\bfalse alarm\b"
    r"|\bno (problem|bother|worries)\b|\bignore (me|that|this|my (last|previous|earlier)"
    # round 32 (batch 73): "You can ignore the question I sent through the form"
    r"|the (question|message|email|form|query|dm|chat|enquiry) (i|we) (sent|asked|left"
    r"|wrote|put|submitted))\b"
    # round 30 (batch 58): "ignore my earlier message about the missing left boot. It
    # was in the box. Inside the right boot."; "bank reversed the duplicate on
    # Thursday..., but it's done."
    r"( (message|email|dm|tweet|post|chat|letter|question|complaint)s?( about [^.?!]{0,60})?)?"
    r"|\b(it|they|both|the (missing|other) \w+)( was| were|'s|'re) (actually )?(in|inside)"
    r" (the (box|bag|parcel"
    r"|lid|packaging|tissue)|the (other|right|left) (boot|shoe|trainer|sandal|slipper)s?)\b"
    r"|(?:^|[.!?]\s+)inside the (other|right|left) (boot|shoe|trainer|sandal|slipper)s?\b"
    r"|\b(they|the bank|my bank|paypal|klarna)( have|'ve|'s| has)? (now |already )?(reversed"
    r"|refunded|voided|cancelled) (it|the (payment|charge|transaction|duplicate|extra (one"
    r"|payment|charge)|second (one|payment|charge))|one of (them|the (two|payments|charges)))\b"
    # round 39 (batch 147): "your colleague said 'try it without the space at the end'
    # and that did it"
    r"|\b(and|which) (that |it )?did (it|the trick)\b|\bbut it'?s (all )?(done|sorted|over)\b"
    # round 30 (batch 59): "the size 5 that was out of stock when I rang has come back
    # in and I've ordered it"
    r"|\b(has|have|'s|'ve) (now )?come back in( stock)?\b|\b(is|are|'s|'re) (now )?back in"
    r" stock (now|and i'?ve (ordered|bought|got))\b"
    r"|\b(worked|went through|gone through) (the second time|second time|in the end"
    r"|eventually|after all|fine|ok|okay"
    # round 31 (batch 61): "it went through on the second go"
    r"|on the (second|next|third) (go|try|attempt|time))\b"
    # round 31 (batch 67): "Third go worked, SS-61844 confirmed.", "an email saying my
    # click and collect was delayed..., then another an hour later saying it's ready"
    r"|\b(second|third|fourth|next|last) (go|try|attempt|time) (worked|went through|did it)\b"
    r"|\bthen (another|a second|a new)( (email|text|message|notification))?\b[^.?!]{0,30}"
    r"\bsaying (it'?s|its|they'?re|it is|they are) (ready|here|arrived|in|on (its|their)"
    r" way|dispatched|been dispatched)\b"
    # round 31 (batch 61): "rang the shop and they've already posted the right one
    # out", "the tracking's finally moved and says Thursday"
    r"|\b(they|they'?ve|they have|you'?ve|you have|the shop|the shop'?s|the store)"
    r"( already| now)? (posted|sent) (me )?(out )?(the right one|the correct one|the other"
    r" one|a replacement|a new one|another one)\b"
    r"|\b(tracking|it|the parcel|the order)('s| has| is)? (finally|at last|now) (moved"
    r"|updated|moving|shipped|been dispatched|dispatched)\b"
    # round 22 (batch 42): "the refund of £64.99 showed today"
    r"|\b(refund|money|credit)\b(?:[^.?!]|\.(?=\d)){0,30}\b(showed|shown|appeared)( up)?"
    r" (today|this morning|yesterday|overnight|now|on my (statement|account|card))\b"
    r"|\b(used|spent|redeemed) (it|them|the (card|code|voucher|gift card|points|balance))"
    r" (fine|ok|okay|no problem|without (a|any) (problem|issue|hitch))\b"
    r"|\b(got|get|gets) there in the end\b|\bhasn'?t happened (again|since)\b"
    # (round 31, batch 60: not "The bin lorry came this morning.", after "Your driver
    # left my parcel in the recycling bin.")
    r"|(?<!lorry )(?<!truck )(?<!bin men )(?<!binmen )(?<!rain )(?<!storm )(?<!snow )"
    r"\b(turned up|arrived|came|landed|is here|it'?s here|are here) (now|this morning"
    r"|this afternoon|today|in the end|after all)\b"
    # (round 35, batch 103: not "were sodden by the time I found it")
    r"|(?<!by the time i )(?<!when i )(?<!before i )\bfound (it|them)\b"
    # not "found it was cheaper" (round 19: a twcs tweet's finding, not a parcel found)
    r"(?! (was|were|is|are|to be|had|has|a bit|quite|very|really|cheaper|odd|strange"
    r"|hard|difficult|easy|impossible)\b)"
    # round 17 (batch 31): "false alarm, the label said 7 but the shoes inside are the
    # 6.5 I ordered"
    r"|\bbut (they'?re|it'?s|they are|it is|the (\w+ ){1,2}(are|is)) (actually |in fact "
    r"|definitely |exactly )?(the|my) (?:(?!\bnot\b)[\w.' ]){0,20}\b(i|we) (ordered"
    r"|asked for|chose|picked|paid for)\b"
    # round 17 (batch 30): "she sorted my mum's missing parcel in minutes"
    r"|\b(sorted|fixed|solved|resolved|found|tracked down|located|replaced|traced)( out)?"
    r" (my|the|our|his|her|their|[a-z]+'s)( [a-z']+){0,2} (missing|lost|broken|wrong|late"
    r"|damaged|faulty|delayed|stuck|double)\b"
    # round 17 (batch 30): "the parcel... arrived in time after all"
    r"|\b(turned up|arrived|came|landed|got here|got there)( [\w']+){1,4} (in the end|after all)\b"
    r"|\bnothing (else |more |further )?(needed|to do(?! with))\b|\b(the |this |my )?(ticket|case"
    r"|complaint)( (no\.?|number|ref\.?|#)? ?[a-z-]*\d[\w-]*)? can be closed\b|\b(you can|please|feel free to) close (this|the|my|any) "
    r"(ticket|case|chat|order|query|complaint|one|thread|conversation|request)\b|\b(they'?re|it'?s|they are|it is|both) spot on\b"
    r"|\bgood as new\b|\b(dropped|fell|came) off my (statement|account|card)\b"
    r"|\b(was|were) (only|just) a (pre-?auth\w*|hold|holding charge|temporary hold)\b"
    r"|\b(sent|posted|sending) (me )?(another|a new|a replacement|a second)( (pair|one|parcel"
    r"|box))?( out)? (the same day|straight away|next day|within)"
    # (round 48, batch 263: not "though I understand these things happen, I would be
    # very grateful to have the second payment returned")
    r"|\bsuch is life\b|(?<!understand )(?<!appreciate )(?<!know )\bthese things happen\b"
    # round 24 (batch 46): "I updated it and it works now", "I rebooked for Saturday
    # through their site and it arrived."
    r"|\b(?<!how )(it|that|everything|all|the (app|site|website|code|link|page)) works now\b"
    r"|\b(rebooked|re-?arranged|re-?scheduled|re-?ordered)\b[^.?!]{0,60}\band (it|they)"
    r"( both)? (arrived|came|turned up|got here|was delivered|were delivered)\s*([.!,;]|$)"
    # found or back after all, told in other words
    r"|\b(it'?s|they'?re|all|everything'?s?|the (money|refund|parcel|order|points|review"
    r"|voucher|code|option|basket)( is| are|'s)?) (there|here|with me|up|through|in|showing"
    r"|back|visible) now\b|\b(just )?checked (again )?and (it'?s|they'?re) (there|here|in"
    r"|through|arrived|showing)\b|\b(reappeared|popped back|came back|turned up again"
    r"|showed up again)\b"
    r"[^.?!]{0,25}\b(later|after|now|again|on its own|by itself|once)\b"
    # round 15 (batch 26): "they've reappeared this morning", "all 340 back where they
    # should be" (a closing "Sorted.": RESOLVED_CLOSING)
    r"|\b(reappeared|popped back|turned up again)\b[^.?!]{0,25}\b(this morning|today"
    r"|overnight|yesterday|this afternoon)\b"
    # round 26 (batch 49): "Points from my last two orders weren't showing ... but
    # they've appeared this evening. Must have just been slow to update."
    r"|\b(they'?ve|they have|it'?s|it has) (now |finally )?(appeared|shown up|showed up"
    r"|come through) (this (morning|afternoon|evening)|today|tonight|overnight|now)\b"
    r"|\bmust( have|'?ve) (just |only )?(been (slow|a bit slow|lagging) to (update|show"
    r"|appear|load|sync)|taken (a while|a bit|some time|time) to (process|update|show"
    r"|appear|go through|come through|load|sync))\b"
    # round 28 (batch 52): "the loyalty points that were missing from my March order
    # have appeared"
    r"|\b(missing|lost)\b[^.?!]{0,60}\b(have|has) (now |finally )?(appeared|shown up"
    r"|showed up|turned up|come through)\b"
    # batch 27: "the exchange came yesterday. Closing this off.", "Courier delivered it
    # at 7pm tonight", "someone on chat
    # added them on Tuesday... balance is right now"
    r"|\b(exchange|swap|replacement|new (pair|one|size))\b[^.?!]{0,20}\b(came|arrived"
    r"|turned up|landed|got here) (yesterday|today|this morning|this afternoon|earlier"
    # round 21 (batch 37): "The replacement came Wednesday, well ahead of the party.
    # Just closing the loop so nobody chases it."
    r"|(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"|\b(close|closing) the loop\b"
    r"|\b(i'?m|i am|we'?re|we are) (closing|marking) (this|the (ticket|case|query|complaint"
    r"|chat))( off| as (done|resolved|closed|sorted))\b|\bclosing this off\b"
    r"|\b(delivered|dropped off|brought) (it|them)( at [\d:.]+ ?(am|pm)?)? (tonight|today"
    r"|this (morning|afternoon|evening))\b"
    r"|\b(added|credited|applied|restored) (them|it|the points|the discount|the code)\b"
    r"[^.?!]{0,40}\b(balance|total|account|points?) (is|are|'s) (right|correct|fine) now\b"
    r"|\b(back|are|is) (back )?where (it|they) (should be|belongs?)\b"
    r"|\bno (action|reply|response|need to reply)( is| was)? (needed|required|necessary)\b"
    # round 19 (batch 35): "the glitch with her balance has corrected itself"
    r"|\b(corrected|sorted|fixed|resolved|righted|cleared) (itself|themselves)\b"
    r"|\b(works|worked|went through|paid|loaded|goes through) (fine|ok|okay|perfectly)"
    r"( now| the second time| second time| after)?\b|\bafter a (refresh|restart|reload|reboot)\b"
    # (round 39, batch 147: "bank says it wis just a pendin hold")
    r"|\b(was|were|wis) (just|only|merely|simply) (a )?pendin[g']?\b|\ba pendin[g']? (hold"
    r"|payment"
    r"|charge|authori[sz]ation)\b"
    # round 30 (batch 54): "it was merely a pending authorisation, and it has now
    # disappeared" (a charge gone is good news)
    r"|\b(charge|authori[sz]ation|pre-?auth\w*|hold|pending \w+)\b[^.?!]{0,40}\b(has"
    r"|have|'s) (now |since |already )?(disappeared|vanished|dropped off|fallen off)\b"
    # round 39 (batches 154-157): "the lady at the Ipswich shop swapped them on the
    # spot", "the second one dropped off by itself Thursday", "My nephew showed me the
    # reset and now I am in", "it says delivered, and it's on the doorstep", "I thought
    # my resoled organ shoes had gone missing but the repair team phoned"
    r"|\b(swapped|exchanged|replaced|changed|sorted) (them|it|the \w+) (on the spot|there"
    r" and then|then and there|straight away)\b"
    r"|\b(the second one|the other one|the extra one|the duplicate)( has|'s)? (now |since "
    r"|already )?(dropped off|fallen off|disappeared|gone)( by itself| on its own)\b"
    r"|\b(and )?now (i'?m|i am) (in|logged in|back in)\b"
    r"|\b(says|said|shows|showed) delivered,? and (it'?s|it is|they'?re|they are) (there"
    r"|here|on (the|my) (doorstep|step|porch|mat))\b"
    r"|\b(i|we) thought\b[^.?!]{0,50}\b(missing|lost|astray|stolen)\b,? but\b"
    # round 39 (batches 161 and 165): "replacement laces arrived in the post today",
    # "the exchange arrived before we sailed Friday"
    r"|\b(the )?(exchange|replacement|new pair)( \w+)? (has |have )?(arrived|came|turned"
    r" up|landed)\b"
    # round 39 (batches 162-165): "now it says out for delivery", "put it through on the
    # till for me so we're square", "today try again is ok already... no need check",
    # "after update it stop already", "they had my bag waiting"
    r"|\bnow (it )?(says|shows|showing) (out for delivery|dispatched|on its way|in transit)\b"
    r"|\b(so )?we'?re (all )?square\b"
    r"|\b(is|are|it'?s|its|now|it) (ok|okay|fine|working|stop|stopped) already\b"
    r"|\bno need (to )?check\b"
    r"|\b(they|the shop|the branch|the store) had (my|the) (\w+ )?(bag|order|parcel|boots"
    r"|shoes|box) (waiting|ready)\b"
    # round 38 (batch 138): "the bank says the second one was just a pendin thing and
    # it's dropped off now"
    r"|\b(it'?s|it has|that'?s|that has|the second one'?s|the other one'?s) (now |since"
    r" |already )?(dropped off|fallen off)( now| already)?[.!]"
    r"|\bfair enough\b"
    # round 16 (batch 29): "two pairs were missing but the courier brought them on
    # Thursday, so we now have everything", "I can see it's been received now"
    r"|\b(we|i) now have (everything|it all|them all|all of them|the lot)\b"
    r"|\b(we|i) have (everything|it all|them all|all of them|the lot) now\b"
    r"|\bbeen received now\b"
    # round 11: "the double charge has gone back on", "the points are back on my
    # account", "All done."
    r"|\b(has|have|'s|'ve) (now |already )?(gone|been put|been paid|come) back (on|onto|in"
    r"|into)\b"
    r"|\b(is|are|'s|'re) (now )?back (on|in|onto|into) (my|the|our) (account|card|statement"
    r"|balance|wallet)\b|\ball done\b"
    # after reading batch 15: "Nothing outstanding.", "so we're all set", "I've no
    # further issue", "All square.", "you can close the order", "No rush at all."
    r"|\bnothing (else )?outstanding\b|\b(we'?re|i'?m|you'?re|all) set\b"
    r"|\bno (further|more) (issues?|problems?|action|questions?|complaints?)\b"
    # (not the sarcastic "Take your time, no rush at all.": round 47, batch 263)
    r"|\ball square\b|(?<!take your time, )(?<!take your time )\bno rush( at all)?[.!]*$"
    # round 19 (batch 34): "the removal van got lost twice..., but we're in now"
    r"|\b(we'?re|we are|i'?m|i am) (all )?(in|moved in|settled in|unpacked) now\b"
    # round 31 (batch 65, through a translation tool): "the next day it show the correct
    # amount £50... Now everything is in order"
    r"|\b(now )?(everything|all)( is|'s) in order( now)?\b|\b(shows?|showing) the (correct"
    # round 31 (batch 69): "it's showing the right £50 now the page has refreshed"
    r"|right) (amount|balance|total|[£$€] ?\d+)"
    # round 31 (batch 72): "confirms that the replacement wellington boots... have
    # arrived and are satisfactory"
    r"|\b(arrived|come|been received|received) and (are|is|were|was) (all |entirely )?"
    r"(satisfactory|fine|perfect|in order|correct|as expected|ok|okay)\b"
    # round 31 (batch 55): "they said the 10:15 Saturday slot stands so we're fine",
    # "after i updated the app it shows the full fifty pounds again"
    r"|\bso (we'?re|we are|i'?m|i am|she'?s|he'?s|they'?re) (all )?(fine|ok|okay|good"
    r"|sorted|covered)\b"
    r"|\b(shows|showing|says|reads|is showing) (the )?(full|right|correct|whole) (\w+ ){0,2}"
    r"again\b"
    # round 31 (batch 62): "got fixed under the guarantee in about a week and they look
    # great on camera again"
    r"|\b(look|looks|looking|feel|feels|work|works|working)( \w+)? (great|good|new|fine"
    r"|brilliant|perfect|lovely|like new)( on \w+| in \w+)? again\b"
    # round 19: "after the update it's working again", "it's been fine since"
    r"|\b(it'?s|it is|it'?s been|it has been|everything'?s|all) (working|fine|behaving"
    r"( itself)?|ok|okay|good) (again|since)\b"
    # round 21 (batch 40): "It's working now..., so ignore my email too", "Just
    # letting you know I've collected them", "Your colleague promised the bag would be
    # back before my trip and it was"
    r"|\b(so|please|just) ignore my (email|message|dm|tweet|voicemail|call|chat|letter"
    # round 31 (batch 62): "checked banking app, just the one payment\nso ignore my
    # panic"
    r"|panic|panicking|worry|rambling|moan|rant)s?( too| as well)?\b"
    r"|\b(just|only) (the )?one (payment|charge|transaction|debit)( (showing|there|on"
    r" (it|my (account|statement|card))))?\s*([.!,;\n]|$)"
    r"|\bletting you know (that )?(i'?ve|we'?ve|i have|we have) (now )?(collected|picked up"
    r"|received|got) (them|it|the \w+|my \w+)\b"
    r"|\b(promised|said|told (me|us)|assured (me|us))\b[^.?!]{0,80}\band (it|they|she|he)"
    r" (was|were|did)( too| indeed| on time| early)?\s*([.!,;\u2014\u2013-]|$)"
    # round 21 (batch 39): "the app wouldnt let me log in... but its fine today"
    r"|(?<!unless )(?<!until )(?<!once )(?<!if )\b(it'?s|its|it is|everything'?s|all)"
    r" (working|fine|behaving|ok|okay|sorted) (today|this morning|this afternoon)\b"
    # round 12, after reading batch 16: "so please disregard", "the exchange came
    # through today" (not any refund or code: "the refund came through at £42, the
    # boots were £60"), "the manager refunded the difference"
    r"|\b(please|so|kindly) disregard\b|\bdisregard my (last|previous|earlier|first|other)"
    r" (message|dm|email|tweet|post|question|letter|note|enquiry|inquiry|query)s?\b"
    r"|\b(exchange|swap|replacement|new (pair|one|size)|confirmation)\b[^.?!]{0,30}"
    r"(?<!never )(?<!not )\b(came|has come|have come) through\b"
    r"|\brefunded (me )?the difference\b"
    # round 13, after reading batch 18: "Found the missing sock... all present and
    # correct", "the missing refund from March has been paid in full"
    r"|\ball present and correct\b|\bfound the missing\b"
    # batch 20: "the refund... landed in my account today", "the double charge has
    # been reversed", "you'd resent it before I'd even finished my tea"
    # batch 19: "the wrong colour sandals problem is finished... No need to reply",
    # "their system had an outage and they've reversed it"
    r"|\b(problem|issue|matter|saga|complaint|query) (is|was|has been|'s) (now |all )?"
    r"(finished|over|resolved|sorted|closed|done|fixed)\b"
    r"|\bno need to (reply|respond|answer|get back( to me)?|do anything|look into it|chase"
    r"( (anything|it|this|that|up))?)( again| further| else| more)?\b"
    r"|\b(they'?ve|they have|the bank'?s|the bank has) (now )?(reversed|refunded|voided)"
    r" (it|the (payment|charge|transaction))\b"
    r"|\b(landed|arrived|showed up|appeared) in my (account|bank|bank account)"
    r"( (today|this morning|now|yesterday|overnight))?\b"
    r"|\b(has|have|was|were|'s) (now )?been (reversed|voided|credited back|put back)\b"
    r"|\b(re-?sent|replaced|refunded|sorted) (it|them|the \w+)? ?before (i'?d|i had)"
    r" (even )?(finished|got|had)\b"
    r"|\b(has|have|was|were) (now )?been (paid|refunded|credited) in full\b"
    # batch 25: "the second payment has now been returned and I consider the matter
    # closed", "the neighbour is dropping it round later anyway"
    r"|\b(consider|regard|treat) (the|this|that|my) (matter|issue|case|complaint|query)"
    r" (as )?(closed|resolved|settled|done|finished)\b"
    r"|\b(payment|charge|money|amount|fee) (has|have|was|were) (now )?been (returned"
    r"|refunded|reversed|put back)\b"
    r"|\b(dropping|bringing|popping|handing|taking) (it|them|the parcel) (round|over|back)"
    r"( to (me|us))? (later|tonight|tomorrow|now|this (evening|afternoon))\b"
    # round 14, batch 21: "the missing sock pack turned up in a separate parcel",
    # "Refund for the cancelled order came through today."
    r"|\b(turned up|arrived|came|showed up) (separately|in (a|another|the) (separate|seperate"
    r"|second|different|later|next|other) (parcel|box|package|delivery|post|envelope))\b"
    r"|\b(refund|money|credit|payment)\b[^.?!]{0,40}(?<!never )(?<!not )\b(came|has come"
    r"|have come) through (today|this morning|yesterday|overnight|now)(?=\s*([.!]|$))"
    # "the replacement insoles came and the squeak is gone"
    r"|\b(squeak|squeaking|noise|smell|mark|stain|leak|error|problem|issue|fault"
    r"|rubbing|blister)s? (is|has|have|are) (now |all )?(gone|stopped|disappeared"
    r"|cleared|fixed|sorted)\b"
    # put right quickly (round 11, from praise stories in the training rows): "the second
    # payment was refunded within the hour", "Emma swapped them there and then"; not a
    # promise (round 36, batch 115: "Each time I'm told it'll be sorted within 48
    # hours.")
    r"|(?<!will be )(?<!'ll be )(?<!would be )(?<!to be )\b(refunded|replaced|swapped|exchanged|corrected|fixed|sorted|mended|repaired"
    # round 31 (batch 64): "Boot split at 18 months, replaced without a quibble."
    r"|glued|restitched|re-?glued|re-?sent|sent (me )?(a new (pair|one)|another( pair| one)?"
    r"|a replacement( pair| one)?))\b[^.?!]{0,30}\b(the same (day|afternoon|morning|evening)|the next day"
    r"|next day|within (the|an|a|\d+)|there and then|on the spot|while i (waited|ate|shopped"
    r"|had)|in (about |under |less than |just )?(\w+) (minutes|hours"
    # round 31 (batch 62): "the stitching that came loose got fixed under the
    # guarantee in about a week"
    r"|days|weeks?)"
    r"|without (a |any )?(quibble|fuss|question|questions|hassle|argument)|no (quibbles?"
    r"|fuss|questions asked))\b"
    # round 14 (batch 24): "thank you for sorting the double charge so quickly", "your
    # team had a replacement with me in two days"
    r"|\b(thanks?|thank you|cheers|grateful) (so much |very much )?for (sorting|fixing"
    r"|refunding(?! (me |us )?(of )?(£|gbp) ?0(\.00)?(?!\.?\d))|replacing|resolving|reversing|chasing"
    r"|finding|rescuing|swapping)\b"
    r"( out)?((?! (but|though|however|yet|still|and|only|except)\b) [\w'£-]+){0,4}"
    r"|\b(had|got|sent|posted) (a |the )?(replacement|new pair|new one|refund|exchange)"
    r"( out)? (with|to) (me|us)\b[^.?!]{0,10}\b(in|within|by|the (next|same))\b"
    # put right by us: "you remade it", "the team sent a new one"
    r"|\b(you|you'?ve|they|they'?ve|the (\w+ )?(team|shop|store|branch)|your (\w+ )?(team"
    r"|staff|colleague|shop|store|branch))( have| had)?( already| quickly| promptly)? "
    r"(remade|replaced|redid|re-?sent|refunded|fixed|sorted|mended|repaired"
    # round 31 (batch 60): "the Leeds store swapped them on Saturday no bother"
    r"|swapped (them|it)|exchanged (them|it)"
    r"|sent (me )?a new|cancelled (it|the \w+)( and (refunded|reversed))?)\b"
    # round 18 (batch 33): "weren't being read out, but since Monday's app update they
    # say 'UK 7, in stock'"
    r"|\bsince (the|an|\w+'s|last \w+'s) (\w+ ){0,2}update,? (it|they|everything|all|the"
    r" \w+)( now)? (says?|reads?|read out|works?|shows?|loads?|is fine|are fine)\b"
    # round 18 (batch 32): "It's not affecting me at all, just thought your web team
    # might like to know", "Nothing wrong, just decluttering my phone"
    r"|\bnot (affecting|bothering|stopping|inconveniencing) (me|us)\b|\bnot a complaint\b"
    r"|(?:^|[.!?]\s+)(there'?s |there is )?nothing (wrong|amiss)\b"
    # round 25 (batch 48): "the text came through a day late but the order was sat there
    # waiting", "I think it was just a glitch", "I've made my peace with it"
    r"|\b(was|were) (sat|sitting) there waiting\b"
    # (not our word for it: "your chat said it was just a glitch")
    # round 31 (batch 67): "Must've been a display glitch."
    r"|(?<!said )(?<!says )(?<!told me )(?<!claimed )(?<!claims )\b(it was|it must have been"
    r"|must have been|must'?ve been|i think it was|probably) (just |only )?(a|some sort of"
    r"|some kind of) (display |website |system |app |temporary |one-off )?(glitch|blip"
    r"|hiccup|one-off)\b"
    r"|\bmade (my|our) peace with (it|that|this)\b"
    # round 25, from the false handoffs of read batches 6, 7, 9 and 17: "it looked like
    # the box was dented but everything inside was perfect", "the squeak went after a
    # sprinkle of talc", "for a moment I thought they were someone else's, then I saw
    # my initials", "a day late, which I didn't mind", "panic over, the missing sock was
    # stuck inside the boot"
    r"|\b((everything|all) (inside|in it|in the box)|the (\w+ )?(shoes|boots|contents"
    r"|items?|pair|trainers|sandals|heels|slippers|wellies|bag)( inside| in it| in the box| themselves| itself)?) (was|were|is|are)"
    r" (absolutely |totally )?"
    r"(perfect|fine|intact|undamaged|unharmed|spotless|ok|okay)\b"
    r"|\b(squeak|squeaking|noise|smell|rubbing|leak)s?\b[^.?!]{0,25}\b(went|stopped"
    r"|disappeared|vanished)( away| completely)? (after|once|when|with|as soon as)\b"
    r"|\b(for a (moment|second|minute|sec|bit)|at first)\b[^.?!]{0,80}\b(then|until|till"
    r"|but then) (i|we) (saw|spotted|noticed|realised|realized|found|remembered)\b"
    r"|\b(which|but|and|though|tbh|honestly),? (i|we) (really )?(didn'?t|don'?t|did not"
    r"|do not) mind\b"
    r"|(?<!not )(?<!n't )\b(was|were) (stuck |tucked |hiding |caught |rolled up |hidden )"
    r"?(inside|under) (the|a|my|one of the) (other )?(boot|shoe|trainer|box|packaging"
    r"|tissue|paper|lid|bag|sock)s?\b"
    # round 32 (batch 68): "If you see two attempts, only one was charged, so all is
    # well."; (batch 66) "Found it! Nothing for you to do.", "now they've popped back
    # up and I've ordered them"
    # round 32 (batch 73): "The squeak in my left trainer I was going to ask about has
    # stopped"
    # (a click, not a click and collect: round 47's check, "my click and collect has
    # VANISHED")
    r"|\b(squeak|squeaking|noise|smell|rubbing|leak|click(?!( and| &| n|-and-) collect)"
    r"|clicking|creak|creaking|rattle)s?\b[^.?!]{0,40}\b(has|have|'s) (now )?(stopped|gone"
    r"|disappeared|vanished)\b"
    # round 32 (batch 81): "your team already sent the right ones and they arrived
    # Tuesday", "Had a double charge on SS-60045 last week, it's since been reversed"
    r"|\b(already )?sent (me |us )?the (right|correct|replacement|new) (ones?|pairs?|size"
    r"|sizes|items?)\b[^.?!]{0,40}\b(arrived|came|turned up|got here)\b"
    r"|\b(it'?s|it has|it was|they'?ve|they have|that'?s|that has) (since |now |already )"
    r"?been (reversed|refunded|credited|sorted|fixed|resolved)\b"
    # round 32 (batch 80): "the payment kept failing last night but seems to have gone
    # through this morning"
    r"|\b(seems|seem|appears|appear|looks|look) to have (gone|come) through\b"
    # round 32 (batch 74): "kept throwing an error on my phone..., opened fine on the
    # laptop though"
    r"|\b(opened|worked|works|loaded|loads|went through|goes through) (fine|ok|okay"
    r"|perfectly|no problem|straight away)( on| in| with| from| via) (the |my |a )?(laptop"
    r"|computer|pc|desktop|tablet|ipad|other phone|browser|app|website|site|wifi|wi-fi)\b"
    # round 32 (batch 78, written like an accountant): "Refund of £42.50 for SS-38802
    # received 14 Nov", "redelivered 22/02 at 09:47. Received complete.", "rejected at
    # 18:05 on 2 April; I retried at 18:20 and it applied"
    r"|\b(refund|credit|replacement|exchange|parcel|payment)\b(?:[^.?!]|(?<=\d)\.(?=\d))"
    r"{0,30}(?<!not )"
    r"(?<!n't )(?<!never )(?<!not been )(?<!n't been )(?<!yet to be )\b(received|credited"
    r"|cleared)( in full)?( on)? (\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)|\d{1,2}/\d{1,2}|today|yesterday|this morning)\b"
    r"|\breceived (complete|in full|intact|safely|all present|in good order)\b"
    r"|\b(retried|tried again|re-tried|had another go|tried once more)\b[^.?!]{0,40}\b(and"
    r"|then) (it|they|the code|the payment) (applied|worked|went through|was accepted"
    r"|were accepted)\b"
    r"|\ball is well\b|\bnothing (for you|you need|for you guys|for your team) to do\b"
    r"|(?<!n't )(?<!not )(?<!never )\bfound (it|them)\s*!"
    r"|\b(popped|came|come) back (up|in stock|into stock)\b[^.?!]{0,30}\b(i'?ve|i have"
    r"|we'?ve|we have|so i|and i) (ordered|bought|grabbed|got|snapped)\b"
    # round 34 (batches 84 and 94, written like a formal letter or a support ticket):
    # "I write only to confirm receipt so that you may close your records", "Happy for
    # this to be logged as resolved, no callback needed", "has since been reactivated
    # and I used it successfully", "Just closing the loop", "returned to me this week,
    # in working order", "it went through at the second attempt", "after clearing my
    # browser cache it went through", "she brought it round tonight"
    r"|\b(i|we)('m| am)? (write|writing|mention|mentioning|record|recording|note|noting)"
    r"( this| it| that)? (only|simply|purely) (to|because|so|for|in case)\b"
    r"|\bonly mentioning (it|this|that)\b"
    r"|\bso (that )?you (may|can) close (your|the|my) (records?|file|case|ticket)\b"
    # round 37 (batches 120 and 121): "Earlier I messaged saying my discount code
    # didn't work. It did", "the manager at your Bristol shop gave me the pair off the
    # shelf there and then. Sorted.", "Cancelled the second one myself in the app",
    # "actually never mind, it's just shown up in my account"
    r"|\b(earlier|yesterday|this morning|before) (i|we) (messaged|emailed|wrote|said|rang"
    r"|called)( you)? (saying|to say|that)\b[^.?!]{0,60}[.!]\s*(it|they) (did|does|do"
    r"|is|are|was|were)\b"
    r"|\b(gave|handed|swapped) (me|us) (the|a|another|a new) (pair|replacement|new pair"
    r"|one)\b[^.?!]{0,30}\b(there and then|on the spot|off the shelf)\b[^?]*"
    r"|\b(cancell?ed|returned|sorted|changed|fixed) (it|them|the \w+( one)?) (myself"
    r"|ourselves)\b"
    r"|\b(actually )?never ?mind\b[,.!]* (it'?s|it has|they'?ve|they have|just|found)\b"
    # round 37 (batch 125): "Points from my last two orders were missing and I was going
    # to chase it but they appeared overnight and the total is right now"
    r"|\b(they|it|the points|points) (have |has )?(appeared|showed up|turned up|came"
    r" through) (overnight|this morning|now|in the end)\b"
    r"|\b(the )?(total|balance) is (right|correct) now\b"
    # round 37 (batch 123): "I thought so... no wait, the balance checker says £12.40
    # left. Answered my own question there, sorry."
    r"|\banswered my own question\b"
    # round 37 (batch 119): "the guarantee covered it and they're back on the boat now.
    # Just saying it's done so you can close it off."
    r"|\bso (that )?you (may|can) close (it|this|that)( off)?\b"
    # (round 37, batch 128: "No help needed, I tell you so you can close my old
    # message.")
    r"|\bso (that )?you (may|can) close (my|the) (old |earlier |previous |first )?(message"
    r"|query|ticket|case|chat)\b|\bno help (is )?needed\b"
    r"|\bthe (guarantee|warranty) covered (it|them|the (repair|fix|cost))\b"
    r"|\b(happy|fine|ok|okay) for (this|it|the (case|ticket|query)) to be (logged|marked"
    r"|closed|recorded) as (resolved|closed|sorted|done|complete)\b"
    r"|\bno (callback|call back|call-back|follow-up|follow up|further action|reply"
    r"|response) (is )?(needed|necessary|required)\b|\bnothing to escalate\b"
    r"|\bhas since been (reactivated|fixed|sorted|resolved|replaced|refunded|repaired"
    r"|reissued|unblocked|unlocked|credited)\b"
    r"|\b(used it|used them|used the card|paid) successfully\b"
    r"|\b(just )?closing the loop\b"
    r"|\b(returned|back|came back|sent back) to (me|us)\b[^.?!]{0,30}\bin (perfect |full"
    r" |good )?working order\b"
    r"|\bwent through (at|on) the (second|2nd|third|3rd|next) (attempt|try|go)\b"
    r"|\bafter (clearing|emptying|deleting) (my |the )?(browser )?(cache|cookies)\b"
    r"[^.?!]{0,40}\b(worked|went through|applied|loaded|fine)\b"
    r"|\b(brought|dropped|popped|carried) (it|them|the parcel|the box|my parcel) (round"
    r"|over)\b(?! to\b)"
    # round 34 (batches 96 and 97): "bank's already reversed the duplicate", "I've
    # approved it and the order went through", "today is day 14 and there they are so
    # never mind"
    r"|\b(reversed|refunded|cancelled|canceled|voided|dropped) the (duplicate|second"
    r" (payment|charge)|extra (payment|charge)|double (payment|charge))\b"
    r"|\b(approved|authorised|authorized|confirmed) (it|the payment)\b[^.?!]{0,30}\bwent"
    r" through\b"
    r"|\bthere (they|it) (are|is),? (so )?never ?mind\b"
    # round 35 (batches 100 and 101): "All accounted for now.", "the second payment has
    # dropped off, so there is nothing further required", "it was next door at no. 14
    # all along. Got them now.", "it runs smoothly now. I wished only to note it was
    # dealt with.", "I see this morning that they have been added... I shall not
    # trouble you further."
    r"|(?<!not )\b(all|everything|both|all (two|three|four|\d) (pairs|items|parcels))"
    r" (is |are |now )?(present and )?accounted for\b"
    r"|\bnothing (further|more|else) (is |was )?(required|needed|necessary)\b"
    r"|(?:^|[.!?]\s+)(got|have) (them|it|the (parcel|boots|shoes|order|bag)) now\b"
    r"|\b(note|say|let you know|tell you) (that )?(it|this|that) (was|has been"
    r"|'s been) (dealt with|seen to|put right|sorted)\b"
    r"|\b(it|they|the zip|zip) (runs|run|works|work|glides|zips|closes) (smoothly"
    r"|perfectly|fine|properly|like new) (now|again)\b"
    r"|\b(points|they|vouchers?|credit) (have|has) (now |since |finally |already )?been"
    r" (added|credited|applied|restored)\b"
    r"|\b(i|we) (shall|need|will) not (trouble|bother) you (any )?further\b"
    # round 35 (batch 102): "After today's update the transaction went through on the
    # first attempt. Resolved from my side.", "Was about to write in about a squeak...
    # they're silent now, ha."
    r"|\bresolved (from|on|at) (my|our) (side|end)\b"
    # round 35 (batch 104): "checked and the order's gone through and been dispatched.
    # Assume the email was just a glitch?"
    r"|\b(order|payment|it)('s| has| had) (gone|been) through\b"
    r"|\blogged (back )?in again\b"
    # (the customer's word, not ours: "your chat said it was just a glitch")
    r"|(?<!said )(?<!says )(?<!told me )(?<!claimed )\b(the email|the text|it|that) (was"
    r"|must have been|is) (just |only |probably )?a glitch\b"
    # round 35 (batches 92 and 93, read this round): "the second payment took",
    # "Closing this on my side", "updated, crash gone", "I walked out with a
    # replacement pair the same afternoon"
    r"|\bthe (second|2nd|next) (payment|attempt|try|go) (took|worked|went through)\b"
    r"|\b(closing|closed) (this|it) (from|on|at) (my|our) (side|end)\b"
    r"|(?:^|[,.;!]\s*|\band )(the )?(crash|problem|issue|bug|error|glitch|fault)( is| has"
    r"| has now)? (gone|fixed|sorted|resolved)\b(?! on\b)"
    r"|\b(walked out|left|came away|went home) with a (replacement|new|brand new) (pair"
    r"|one|bag)\b"
    r"|\bwent through (at|on) the first (attempt|try|go)\b"
    r"|\b(i )?was (about|going) to (write|complain|email|ring|call|moan|get in touch)"
    r"( in)? about\b"
    r"|\b(they'?re|it'?s|they are|it is) (silent|quiet|squeak-free) (now|again)\b"
    # round 36 (batches 108 and 109): "Loyalty points missing Tues, showing now. Ignore
    # my email.", "now £40 again after logout/login. Glitch presumably. Ignore.", "App
    # crashed at payment last night. Reinstalled. Works."
    r"|\b(please )?(ignore|disregard) (my|the|this|that) (last |previous |earlier )?(email"
    r"|e-mail|message|msg|chat|query|question)\b"
    r"|[.!]\s+(please )?(ignore|disregard)( (it|this|that|me))?[.!]*\s*$"
    r"|(?<!not )(?<!n't )(?<!never )\b(showing|appearing|visible) (now|again)\b"
    r"(?! (as|that)\b)"
    r"|(?:^|[.!]\s+)(it )?works( (now|again|fine))?[.!]"
    # round 36 (batch 110): "the lady at your Chester shop swapped them on Saturday with
    # no fuss", "I've just had the text saying ready for collection"
    r"|\b(swapped|exchanged|replaced|refunded) (them|it)\b[^.?!]{0,30}\b(with no fuss|no"
    r" fuss|without (any )?(fuss|quibble|problem)|no questions asked)\b"
    r"|\b(text|email|message|notification) (saying|to say) (it'?s |they'?re )?ready (for"
    r" collection|to collect|to be collected)\b"
    # round 36 (batch 115): "the lady in your Leeds shop rang head office and got it
    # going", "but the driver had tucked it behind the recycling bin", "I popped in
    # anyway and they had everything ready"
    r"|\bgot (it|them|the card|the app|the till) (going|working)( again)?\b"
    r"|\bbut the (driver|courier|postie|postman) had (tucked|hidden|put|left|popped)"
    r" (it|them)\b"
    r"|\bhad (everything|it all|it|them) ready\b"
    # round 38 (batches 138 and 139): "Picked it up dinnertime.", "they re-delivered to
    # the depot office this morning and I've got the parcel"
    r"|\bpicked (it|them) up (at )?(dinner ?time|lunch ?time|tea ?time)\b"
    # round 38 (batch 141): "The replacement has arrived and it is fine. God bless you,
    # case closed from my side."
    r"|(?<!not )\bcase closed\b"
    # round 38 (batch 145): "after 3 or 4 wears it's stopped completely. Consider this
    # closed", "it's literally just come through the letterbox. Happy days.", "the
    # staff member rang head office and it came back at £50"
    r"|\bconsider (this|it|that|the matter) (closed|sorted|resolved|done)\b"
    r"|\b(it'?s|it has|they'?ve|they have) (literally |just |finally |now )*(come|arrived"
    r"|landed|dropped) through (the|my) (letterbox|door|letter box)\b"
    r"|\b(it|balance|the balance|the card) (came|come|went) back (at|to|up to|on) [£$€]?[1-9]"
    # round 38 (batches 142 and 143): "the workshop rang me this morning and they're
    # redoing it", "i see it went thru on the third go, only one charge on my
    # statement", "I called in on the off chance and it was there waiting"
    r"|\b(they'?re|they are|they'?ll|they will) (redoing|remaking|replacing|resending"
    r"|re-sending|swapping) (it|them)\b"
    r"|\b(went|gone|go) (thru|through) (on|at) the (second|third|fourth|2nd|3rd|4th) (go"
    r"|attempt|try)\b|\bonly (one|1) (charge|payment) (on|in) my (statement|account|bank)\b"
    r"|\b(it was|they were|it'?s|the order was|my order was) (there|sat there|on the shelf)"
    r" waiting\b"
    r"|\b(replacement|new pair|exchange)( has| have)? (arrived|come|landed) and (it'?s|it"
    r" is|they'?re|they are) (fine|perfect|great|good|ok|okay)\b"
    # round 38 (batches 117 and 135): "Today itself the amount is showing in my account.
    # Kindly close the ticket", "turned out it was number 12 not 21. Got them.
    # Cheers.", "the app was sayin me order was cancelled but then it come through
    # anyway. Got them on now."
    r"|\bthe (amount|money|refund|credit|payment|funds) (is|has|are|have)( now| already)?"
    r" (showing|reflecting|reflected|credited|appeared|come through|landed)\b"
    r"|(?<!not )(?<!n't )\b(kindly|please|pls|you can|you may) close (the|this|my) (ticket"
    r"|case|query|complaint|request)\b"
    r"|(?:^|[.!;]\s+)got (them|'em)( on)?( now)?[.!]|(?:^|[.!;]\s+)got (it|them) (now|back"
    r"|in the end)[.!]"
    r"|\b(it|they|the order|the parcel|my order|me order) (came|come|went) through anyway\b"
    # round 40 (batches 169, 170 and 171): "turns out my apprentice had moved it into
    # the lockup. Found.", "the second one dropped off after a couple of days", "sorted
    # now, gift card bal was showing £0 but it updated overnight", "Your colleague in
    # the Birmingham store changed it for me already", "went thru on 3rd go... bank only
    # shows one"
    r"|\bturn(s|ed)? out (my|the|our) (\w+ ){0,2}had (moved|put|taken|hidden|brought"
    r"|stashed|stuck|signed for) (it|them)\b"
    r"|\b(the )?(second|other|extra|duplicate|double) (one|charge|payment|transaction)( has"
    r"| had)? (dropped off|disappeared|fallen off|fell off|dropped out|been reversed"
    r"|got reversed|was reversed)\b"
    r"|^(all )?sorted( now)?[,.!:-]"
    r"|\b(it|the balance|balance|the card) (has )?updated (overnight|this morning|now"
    r"|today)\b"
    r"|\b(changed|swapped|exchanged|replaced) (it|them) for me already\b"
    r"|\b(went|gone|go) (thru|through) (on|at) (the )?(2nd|3rd|4th) (go|attempt|try)\b"
    r"|\b(bank|statement|account) only shows (one|1)\b"
    # round 40 (batch 168): "the click and collect email that said my order was ready
    # when it wasnt has been sorted... I have my trainers now"
    r"|(?<!nothing )(?<!never )\bhas (now |since )?been (sorted|resolved|fixed|put right)\b"
    r"|\bi (have|'ve got|have got) (my|the) (\w+ )?(trainers|boots|shoes|parcel|order|bag"
    r"|sandals|slippers|refund) now\b"
    # round 40 (batches 172, 173 and 175): "right enough they've come back today", "it's
    # moved this morning and the van's out for delivery", "the neighbour had it the
    # whole time", "it work fine this morning", "it work now", "All good now, vinaka",
    # "turned up at the neighbour's after all. Nothing to chase"
    r"|\b(they'?ve|they have|it'?s|it has) (come|arrived) back (today|this morning|now"
    r"|yesterday)\b(?! with\b)"
    r"|\b(it'?s|it has) moved (this morning|today|now|overnight)\b"
    r"|\bthe van'?s out for delivery\b"
    r"|\b(the )?(neighbour|neighbours|next door|my neighbour)( had| has| took| 'd)? (had )?"
    r"(it|them) (the whole time|all along|all the time)\b"
    r"|\b(?<!how )it (work|works|working) (fine|ok|okay|now|again)\b"
    r"|(?:^|[.!?]\s+)all good now\b"
    r"|\bnothing to chase\b"
    # round 41 (batches 178-181): "but now it shows the £50, must be the app updating
    # itself", "so somebody already fix it i think", "We now have all six. Thanks."
    r"|\bbut now (it|they|the (balance|card|app|account|points|total|refund))( all)?"
    r" (shows?|says|reads) (the |my )?(£ ?\d|full|right|correct)"
    r"|\b(somebody|someone|you|they) (have |has |'ve |'s )?already (fix|fixed|sort|sorted"
    r"|solved|resolved) (it|this|that)\b"
    r"|\b(we|i) now have (all|both|everything)\b"
    # round 41 (batches 182-185): "Today it is working sharp sharp and I have placed my
    # order", "still 1 day inside the 5-day window. No issue now.", "came back with a
    # scuff but it buffed out with a bit of polish, so honestly forget I mentioned it"
    r"|\b(today|now) (it is|it'?s|its) working\b|\bit (is|'s) working (now|again|fine"
    r"|today)\b"
    r"|\bno (issue|issues|problem|problems) now\b"
    r"|\b(it|they|the (scuff|mark|marks|stain|crease|scratch|scratches)) (buffed|polished"
    r"|rubbed|brushed|wiped) (right |straight )?out\b"
    r"|\bforget i (mentioned|said) (it|anything)\b"
    # round 46 (batches 217, 219 and 223-225): "Payment failed twice at checkout but third
    # time it worked", "the display glitch had been fixed. Can confirm it shows correctly
    # online now", "it was just the app not refreshing", "Came back at 5, it was there
    # 3. Fine by me"
    r"|\b(second|third|fourth|next|2nd|3rd|4th) (time|try|attempt|go)( round)?( it| that)?"
    r" (worked|went through|was fine|did it)\b"
    # (not hoped for: "Third time lucky, perhaps?", "Third time lucky, eh?")
    r"|\bthird time lucky\b(?![^.!]{0,15}\?)"
    r"|(?<!nothing )(?<!never )\bhad (now |since )?been (sorted|resolved|fixed|put right)\b"
    r"|\b(shows?|showing|reads?|displays?) (correctly|properly|fine|right) (online |in"
    r" store |on the app )?now\b"
    r"|\bit was (just|only) (the|my) (app|site|website|phone|page|browser) (not refreshing"
    r"|not updating|being slow|playing up|lagging)\b"
    r"|\bfine by (me|us)\b"
    r"|\b(came|went|popped|called) back (at \w+|later|after \w+)[^.?!]{0,20}\b(it was"
    r"|they were) (there|ready|waiting)\b"
    # round 46 (batches 228, 229 and 231): "they said keep them and took a tenner off.
    # Happy with that", "the parcel it arrive finally today... Everything is inside",
    # "so you can forget my first email please, I don't need the waiting list
    # anymore", "now it has moved, it says out for delivery"
    # (not "not very happy with that", "not exactly happy with that")
    r"|(?<!not )(?<!n't )(?<!never )(?<!not very )(?<!n't very )(?<!not too )(?<!n't too )"
    r"(?<!not exactly )(?<!n't exactly )(?<!not entirely )(?<!n't entirely )\b(happy"
    r"|content|pleased) with that\b"
    # (a person's goodwill, not a code's discount: "promo code took 20% off in the
    # basket, then the card was charged the full £95")
    r"|\b(they|you|she|he|the (team|manager|staff|shop|store|branch)) (kindly )?(took"
    r"|knocked) (a tenner|a fiver|£ ?\d+|\d+%|some money|something) off\b"
    # (not asked: "Will it come today or tomorrow now??")
    r"|(?<!does )(?<!did )(?<!will )(?<!would )(?<!could )(?<!can )(?<!should )(?<!to )"
    r"\bit (arrive|reach|reached)( finally)? (today|this morning|yesterday)\b"
    r"|\beverything (is|was) (inside|there|in the box|in the parcel)\b"
    r"|\b(forget|ignore|disregard) my (first|last|previous|earlier|other) (email|message"
    r"|msg|mail|request)\b"
    # (a service no longer needed, not the goods: "I don't need the boots anymore, the
    # wedding was yesterday")
    r"|\b(don'?t|do not|no longer) need the (waiting list|wait list|reservation|hold"
    r"|callback|call back|reminder|notification|alert) (any ?more|now)\b"
    r"|\bnow (it|the parcel|tracking) (has|'s) moved\b"
    # round 46 (batch 234): "second one's dropped off now, must've just been a pending
    # thing", "anyway SS-61244 received"
    # (a charge, not a sole: "the heel dropped off already")
    r"|\b(charge|payment|transaction|second one|other one|duplicate|pending (charge"
    r"|payment|one))('s| has| have|'ve)? (now |already )?(dropped|fallen) off\b"
    # (round 47, batch 253: "twas only a pending thing on the card, it's gone off now")
    r"|\b(it'?s|it has|it) (gone|dropped|fallen) off( my (card|statement|account))? now\b"
    r"|\b(must'?ve|must have|was|twas|'twas) (just |only )?(been )?a pending (thing|charge"
    r"|payment|hold"
    r"|transaction)\b"
    r"|\banyway,? (ss-?\d+|the order|the parcel|order|parcel|it|all|everything)"
    r" (received|arrived|delivered|collected)\b"
    # round 47 (batches 241, 242 and 244): "today with same card it pass without
    # problem... is not need to answer", "Everything is resolved, thank you.", "your
    # Hereford shop gave me one over the counter, no fuss. sorted before cider season",
    # "the Soho Road shop swapped it same day", "Points weren't showing... but they've
    # appeared on the account today", "Just so you don't chase it", "ignore both"
    r"|\b(it|payment|the payment|card|the card|order|the order) (pass|passed|went"
    r" through|worked) without (a |any )?(problem|problems|issue|issues|trouble|fuss)\b"
    r"|\bis not need(ed)? to (answer|reply|respond)\b"
    r"|(?<!not )(?<!n't )\b(everything|it all|all) (is|'s|has been|was) (now )?(resolved"
    r"|sorted out)\b"
    r"|(^|[.!?]\s+)sorted (before|in time for|by|within)\b"
    r"|\b(swapped|exchanged|changed|replaced) (it|them|the \w+)( for me)? (the )?same"
    r" day\b"
    r"|\b(they'?ve|they have|it'?s|it has|the points have|points have) (now |finally )?"
    r"(appeared|shown up|come through|gone on|gone in) (on|in) (the|my) (account|app"
    r"|balance)\b"
    r"|\bjust so you (don'?t|do not|needn'?t|need not) (chase|worry about|look into)"
    r" (it|this|that|anything)\b"
    r"|\b(ignore|disregard) (them both|both (of them|emails|messages)|both|the (two|other"
    r"|earlier) (emails|messages))\b"
    # round 47 (batches 246, 247 and 251): "yous resoled it inside the fortnight",
    # "said take the space out and it went through", "theyre back on my account now",
    # "Nobody needs to look into it."
    r"|\b(resoled|repaired|mended|fixed|restitched|reheeled) (it|them) (inside|within|in)"
    r" (the|a|two|three|four|\d+) (fortnight|week|weeks|days)\b"
    # (not "it worked on precisely none of them")
    r"|\b(and|then|so) it (went through|worked)( fine| first time| no problem)?\b(?!"
    r" twice)(?! on (\w+ )?(none|nothing|neither)\b)"
    r"|\b(they'?re|theyre|they are|it'?s|its|it is|points are|the points are) (all )?"
    r"back (on|in) (my|the) (account|balance|app)\b"
    r"|\b(nobody|no one|no-one) needs to (look into|chase|do anything about|worry about)"
    r" (it|this|that)\b"
    # round 47 (batches 254 and 257): "the buckle that come off my bag, your Wells shop
    # stitched it back on while I waited", "No, you don't need to send another. The
    # second bag was tucked inside the first one"
    r"|\b(stitched|sewed|sewn|glued|fixed|put|riveted) (it|them) back on\b"
    # (round 47, batch 257: "Resole cam back on Thursday. Fit a difference, the heel's
    # solid again")
    r"|\b(heel|sole|it|they|zip|strap)('s| is| are|'re) (solid|fine|grand|perfect|sound"
    r"|right|good as new|like new) again\b"
    r"|\b(you )?(don'?t|do not|no) need to send (another|a replacement|a new one|one|it"
    r"|them|anything)\b"
    # round 48 (batches 260 and 263): "shop called me and said it was mistake and it is
    # ready", "Upon trying again on Monday it was accepted.", "I have since found the
    # same label in my email and printed it afresh."
    r"|\bsaid (it|that) was (a |an |their |his |her |the shop'?s |our )?(mistake|error"
    r"|glitch)\b[^.?!]{0,20}\b(it|they)( is|'s| are|'re) (ready|fine|on (its|their) way"
    r"|still (on|valid|active))\b"
    r"|\b(trying|tried) (it )?again\b[^.?!]{0,40}\b(it|that|they) (was|were) accepted\b"
    r"|\b(i'?ve|i have|we'?ve|we have) since (found|located|tracked down|sorted|fixed"
    r"|printed)\b(?! out)"
)
# A closing sentence that says it is over (round 15, batches 26 and 27: "... I picked it
# up today. Sorted.", "... Everything is fine."). Apart from RESOLVED: in that one
# alternation these branches made every search twice as slow.
RESOLVED_CLOSING = (
    r"[.!?]\s+(all )?sorted( now| then)?[.!]*\s*$"
    r"|[.!?]\s+(everything|it all|all) (is|'s) (fine|ok|okay|good|sorted)( now)?[.!]*\s*$"
    # round 39 (batch 133): "... I have picked it today. Everything complete.", "Night
    # shift colleague had taken it into the staff room. Mystery solved!"
    r"|[.!?]\s+(everything|all) (is |'s )?(complete|in order)[.!]*\s*$"
    r"|[.!?]\s+(mystery|problem|case) solved[.!]*\s*$"
    # round 39 (batch 152): "That's the missing bit sorted, thanks."
    r"|[.!?]\s+that'?s (the|my) [\w ]{1,25} sorted( now)?(, thanks| thanks)?[.!]*\s*$"
)
NOT_OUR_FAULT = (
    # round 47 (batch 246): "Our lass put my steel toe caps through the washing machine
    # ... Not blaming yous!"
    r"\bnot blaming (you|yous|you lot|you guys|the shop|the boots|anyone here)\b|"
    # round 39 (batch 146): "I think it's a setting on my PayPal account rather than your
    # site"
    r"\b(i think|i reckon|i suspect|i'?m guessing|probably|must be) (it'?s|it is|that'?s)"
    r" [^.?!]{0,50}\brather than (you|your|yours|on your)\b|"
    # round 33 (batch 91): "it's their system that's gone wrong, not yours"; "We've had
    # floods again and the hall where I keep my shoes got a foot of water in it"
    r"\b(it'?s|its|it is|that'?s|it was) their (own )?(system|fault|mistake|problem|error"
    r"|glitch|issue)( that'?s gone wrong| that went wrong)?,? not (yours|you|your fault)\b|"
    r"\b(we'?ve|we have|i'?ve|i have) had (floods?|flooding|a flood)\b[^.?!]*|"
    # round 47 (batch 245): "We had a leak at the gallery last month, water came through
    # the ceiling..." (a place's leak, not a boot's)
    r"\b(we|i) (had|'ve had|have had) (a leak|a burst pipe|a flood|flooding) (at|in)"
    r" (the|my|our) (house|home|flat|gallery|shop|studio|office|workshop|hallway|hall"
    r"|kitchen|garage|basement|cellar|loft|church|stock ?room|building|salon|surgery)\b"
    r"[^.?!]*|"
    # round 33 (batch 90): "My gran passed in the spring and left me her handbag... The
    # strap's snapped" (an inherited thing worn out, before a repair asked for)
    r"\b(left me|inherited|handed down to me|passed down to me|passed on to me)\b[^?]{0,120}"
    r"\b(snapped|broken|broke|split|worn through|worn out|come away|came away|given up"
    r"|gave up|falling apart|fell apart)\b|"
    # round 33 (batch 89): "my old landlord is sitting on my post, including a parcel
    # from you that shows as delivered"
    r"\b(landlord|previous tenants?|new tenants?|new owners|old neighbou?rs?|letting agent)"
    r" (is|are|has been|have been) (sitting on|holding on to|hanging on to|keeping|hoarding)"
    r" (my|our) (post|mail|parcels?|deliveries)\b|"
    # round 33 (batch 88): "PayPal crashed halfway through paying"; "the whole season in
    # hand-me-down trainers and three pairs now have actual holes in them"
    r"\b(paypal|klarna|clearpay|apple pay|google pay|my bank'?s app|the bank'?s app"
    r"|my banking app) (crashed|froze|timed out|glitched|hung|died)\b|"
    r"\bhand-?me-?down (\w+ )?(trainers|shoes|boots|kit|pairs?|wellies)\b[^.?!]{0,60}"
    r"\b(holes?|worn (through|out)|split|falling apart|fell apart)\b|"
    # round 33 (batch 87): "the parcel forwarding company I use lost the box after your
    # courier delivered it to their UK warehouse"
    r"\bforwarding (company|firm|service|address|agent)\b[^.?!]{0,30}\b(lost|misplaced"
    r"|mislaid|damaged|lost track of)\b|"
    # ... "I'm sorting it with them, but could you send me a copy of the invoice for
    # their claim form?" (a document for someone else's claim turns nothing round)
    # (round 33, batch 89: "I'm dealing with him, but could you send me a copy of the
    # receipt")
    r"\b(i'?m|i am|we'?re|we are) ((sorting|handling|taking) (it|this|that)( up| out)? with"
    r"|dealing with( (it|this|that) with)?) (him|her|them|the \w+( \w+)?)\b[^.?!]{0,40}"
    r"\b(invoice|receipt|proof of"
    r" (purchase|postage|delivery)|delivery photo|tracking (number|details)|claim)\b|"
    # round 33 (batch 86): "her old Stitch & Sole handbag from the 80s — the strap's
    # snapped" (decades of wear, before a question about a repair)
    r"\b(from|since|bought in|back in) the '?(\d0|19\d0)'?s\b[^.?!]{0,20}\b(the |its |her"
    r" |his )?(\w+'?s? )?(strap|sole|heel|zip|handle|buckle|stitching|lining|clasp)('s| has"
    r"| have| is)? (snapped|broken|gone|split|worn through|worn out|come away|given up)\b|"
    # round 33 (batch 85): "the flat flooded last month and every pair in the hall
    # cupboard was ruined. I'm slowly rebuilding the collection"
    r"\b(my |our |the )(flat|house|home|basement|cellar|garage|kitchen|hallway|loft)"
    r" (flooded|got flooded|was flooded|burnt down|burned down|caught fire)\b|"
    # round 33 (batch 76): "My building's post room has lost track of my parcel, the
    # courier photo shows it on their desk"
    r"\b(post ?room|mail ?room|concierge|porters?|building manager|building'?s reception)"
    r"\b[^.?!]{0,30}\b(lost|lost track of|misplaced|mislaid|can'?t find|cannot find)\b|"
    # round 20 (batch 36): wear after years of use ("she's been in the same pair of
    # brogues for 15 years, the soles are worn through")
    r"\b(for|after|in|of) (about |nearly |almost |over |well over |a good )?(\d\d|[3-9]"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
    r"|many|several) (good |long |happy )?(years|winters|seasons)\b[^.?!]{0,40}\b(worn"
    r" (out|through|down|thin)|wore (out|through|down)|split|cracked|gave (up|out)"
    r"|given up|died|packed (in|up)|fell apart|falling apart)\b"
    # (round 47: to the end of its sentence, the part that went with it: "for three
    # years and my boots have finally given up, sole's come away at the toe")
    r"(?:(?!\b(from you|your|you)\b)[^.?!])*|"
    # round 32 (batch 77): "the same pair of your black boots for six winters. This
    # year the sole finally split right across"
    r"\b(years|winters|seasons)\.[^.?!]{0,40}\bfinally (wore (out|through)|worn (out"
    r"|through)|split|cracked|gave (up|out)|died|packed (in|up)|fell apart)\b|"
    # round 19 (batch 35): "paypal charged me twice but they said its their glitch"
    r"\b(it'?s|its|it was|it is|that'?s|that was) (all )?(paypal'?s|klarna'?s|the bank'?s"
    r"|my bank'?s|the airline'?s) (own )?(glitch|error|mistake|fault|issue|problem)\b"
    r"|\b(they|paypal|klarna|the bank|my bank) (said|say|says|told me|confirmed) (it'?s|its"
    r"|it was|it is) (all )?their (own )?(glitch|error|system error)\b|"
    r"\b(that was|it was|it'?s|must have been|must be|probably|i think it was|turns out it was"
    r"|because of|blame) (just |only )?(my|our) (own )?(bank|wifi|wi-fi|broadband|internet"
    r"|connection|router|phone|laptop|computer|browser|card|email|signal|network|fault)\b"
    r"|\bthat'?s (just |only )?my (own )?(phone|bank|wifi|wi-fi|broadband|internet"
    r"|connection|router|laptop|computer|browser|card|email|signal|network|fault)\b"
    r"|\b(the )?(postal|royal mail|rail|train|courier|delivery) strikes?\b"
    # round 31 (batch 71): "Not the shoe's fault, it was a studs-up challenge."
    r"|\bnot (your|the driver'?s|the courier'?s|the site'?s|the website'?s|the app'?s"
    r"|the (shoe|boot|trainer|bag|sandal|heel|sole|product)s?'?s?) fault\b"
    # round 31 (batch 71): "the removal firm lost a box"
    r"|\b(removal|removals) (firm|company|men|van|team|people)( have| has| had)? (lost|broke"
    r"|broken|damaged|dropped|binned|misplaced)\b"
    r"|\bnothing to do with (you|your)\b|\bnot (you|your (site|website|app|end))\b"
    r"|\b(paypal|klarna|clearpay|apple pay|google pay|my bank)('s| is| are| seems to be"
    r"| seem to be| appears to be| looks to be)( currently| still)?( having)? (an )?"
    r"(outage|down|offline|not working|playing up)\b"
    # round 18 (batch 32): "my broadband's been down all week with my provider"
    r"|\bmy (broadband|internet|wifi|wi-fi|router|connection|signal|phone|email)"
    r"( provider)?('s| has| is| was| had)?( been)? (down|out|off|dead|playing up"
    r"|not working)\b"
    # round 18 (batch 33): "Not your doing at all."
    r"|\bnot (your|the shop'?s|the courier'?s|the driver'?s|anyone'?s) doing\b"
    # round 30 (batch 59): "I have raised this with them directly." (another seller),
    # "The Chelsea boots I bought from you five years ago finally gave up... They owe
    # me nothing."
    r"|\b(i have|i'?ve|we have|we'?ve) (already )?(raised|taken up|reported|disputed)"
    r" (this|it|that) with (them|the seller|the reseller|the site|my bank|the bank"
    r"|paypal|the marketplace)\b"
    r"|\b(bought|got|had|ordered)( them| it)?( from you)? (\w+ ){0,2}(\d+|three|four|five"
    r"|six|seven|eight|nine|ten|twelve|fifteen|twenty) years ago\b[^.?!]{0,40}\b(finally"
    r" |eventually |at last )?(gave (up|out)|given up|wore (out|through)|worn (out|through)"
    r"|split|fell apart|died|packed (in|up))\b"
    r"|\b(they|it|these|those|she|he) (owe|owes) (me|us|her|him) nothing\b"
    # round 31 (batch 65): "my current shoes have officially given up - the sole split
    # clean across on the last shift" (none of ours named)
    r"|\bmy (current|old|existing|last|previous|everyday|work) (\w+ )?(shoes|boots|trainers"
    r"|clogs|pair|sandals|wellies)( have| has|'ve)? (officially |finally |completely |just )?"
    r"(given up|gave up|died|packed (in|up)|had it|bitten the dust)\b"
    r"(?:(?!\b(from you|your|you)\b)[^.?!])*"
    # round 47: the same with no word for their age ("my boots have finally given up,
    # sole's come away at the toe. They did me well though"; "for three winters and
    # they've finally given up - heel's come away")
    r"|\b(my (\w+ )?(shoes|boots|trainers|clogs|pair|sandals|wellies)( have| has|'ve)"
    r"|they'?ve|they have) finally (given up|gave up|given out|died|packed (in|up))\b"
    r"(?![^.?!]{0,30}\b(days|weeks|months)\b)(?:(?!\b(from you|your|you)\b)[^.?!])*"
    # round 31 (batch 63): "They're five years old so I'm not expecting miracles."
    r"|\b(i'?m |i am )?not expecting (miracles|a miracle)\b|\b(they'?ve|they have|it'?s"
    r"|it has) (had|done) (a )?(good|long|great) (run|innings|life|service)\b"
    # round 30 (batch 56): "the hotel had a burst pipe in the staff room and all the
    # housekeeping team's shoes were soaked through and ruined. Insurance is covering
    # it"
    r"|\b(a|the|our|my) burst (water )?(pipe|main|tank|radiator)\b"
    # round 31 (batch 55): "We moved house last month and somewhere in the chaos the
    # box with every pair of school shoes in it vanished"; (batch 60) "My landlord
    # finally fixed the leak but not before it soaked everything on the hall floor"
    r"|\b(somewhere )?in the (chaos|madness|upheaval|mayhem)( of (the |our |my )?(move"
    r"|moving|house move|removals?|packing|unpacking))?\b[^.?!]{0,80}\b(vanished"
    r"|disappeared|went missing|got lost|got thrown out|got binned|got left behind)\b"
    r"|\b(landlord|letting agent|housing association|council) (has )?(finally |eventually )?"
    r"(fixed|sorted|repaired|came to fix|sent someone to fix) (the|a|our|my) (leak|roof"
    r"|pipe|ceiling|boiler|damp|flood)\b( but not before (it|the water) (had )?(soaked"
    r"|ruined|flooded|wrecked|drenched|got to)\b[^.?!]*)?"
    # round 31 (batch 67): "The fox that lives behind my shed has developed a taste for
    # my garden clogs."
    r"|\b(fox|dog|puppy|cat|kitten|rabbit|squirrel|rat|mice|mouse|goat|horse)( that [\w ]{1,30})?"
    r" (has |had )?(developed a taste for|chewed|eaten|ate|stolen|stole|run off with|ran off"
    r" with|wees? on|weed on|peed on|buried)\b"
    # round 31 (batch 62): "one has a hole at the toe where my kid keeps standing on it"
    r"|\b(where|because|since|as|cos) (my|the|our) (kid|kids|son|daughter|toddler|baby"
    r"|dog|puppy|cat|kitten|partner|husband|wife) (keeps|kept|has been|have been|always)"
    r" (standing|treading|stepping|chewing|biting|scratching|sitting|pulling)\b"
    # round 31 (batch 61): "my mare stood square on my foot. Boots took it but the
    # leather's scuffed and the sole's lifted" (told to the question, nothing of ours)
    r"|\b(horse|mare|pony|cob|dog|cow|bull|puppy|sheep|goat|toddler|digger|forklift)"
    r" (stood|trod|stepped|sat|landed|jumped|drove|reversed) (square |right |full |straight )?"
    r"(on|onto|over) (my|her|his|their) (foot|feet|toes?|boots?|shoes?)\b"
    r"(?:(?!\byou(r)?\b)[^?]){0,150}"
    r"|\b(insurance|insurers?|insurance company)('s| is| are| will| has| have)?( be)?"
    r" (covering|paying for|paying out|covered|paid out)\b"
    # round 30 (batch 54): "my suede shoes have not recovered. Entirely the weather's
    # doing."
    r"|\b(entirely|all|purely|wholly|completely|totally|solely) (the (weather|rain|snow"
    r"|storm|dog|puppy|cat)'?s|my (own|dog'?s|puppy'?s|cat'?s|kids'?|son'?s|daughter'?s))"
    r" (own )?(doing|fault)\b"
    r"|\b(my |the )?(bank|card provider|card issuer|card company)('s| has| had)? (flagged|blocked"
    r"|declined|stopped|froze|frozen|held)( (it|the|my) (payment|transaction|card|order|purchase)s?"
    r"( twice| again| both times| three times)?)?\b"
    # round 16 (batch 29): "the postal strike meant my return took ages, which
    # obviously isn't down to you"
    r"|\b(isn'?t|is not|wasn'?t|was not|not) (really |at all )?down to (you|your (team|shop"
    r"|staff|courier|driver))\b"
    # round 23 (batch 44): "put a hole in the upper on a sharp rock... My own line
    # choice, nothing wrong with the shoe."
    r"|\bnothing (at all )?wrong with (the|my|your) (\w+ )?(shoes?|boots?|trainers?|pair"
    r"|product|item|sandals|heels|slippers)\b"
    # round 32 (batch 66): "I know that's entirely their problem and not yours",
    # "Cheap pair off a market, not yours."; (batch 68) "The storm knocked out our
    # power and broadband on Tiree for three days"
    r"|\b(problem|issue|fault|mistake|error|doing)( entirely| completely| totally)?,?"
    r" (and |but )?(definitely |certainly |obviously )?not (yours|your (fault|problem"
    r"|doing))\b"
    # round 32 (batch 82): "the parcel locker company lost it (the one I picked, not
    # your courier)", "They were yours, from about eight years ago, so well out of
    # guarantee", "a bit of a rant but not at you"
    r"|\bnot (your|the shop'?s) (courier|driver|delivery (company|firm|partner))\b"
    r"|\b(well|long|way) out of (the )?(guarantee|warranty)\b"
    r"|\b(but )?(not|nothing) (aimed )?at you\b|\bnothing against you\b"
    # round 32 (batch 81): "Not your shoes, for the record!"
    r"|\bnot (your|one of your|from your) (shoes|boots|trainers|heels|pair|sandals|brand)\b"
    r"|\b(pair|ones?|shoes|boots|trainers|heels|sandals|brand|market|supermarket)\b"
    r"[^.?!]{0,30},? not (yours|from you|one of yours|bought from you)\b"
    # round 32 (batch 77): "GOT CAUGHT IN THE MOST INSANE DOWNPOUR... my canvas pumps
    # are SOAKED through", "half my shoes went mouldy in the garage over winter"
    r"|\bcaught in (a|the) ([\w-]+ ){0,3}(downpour|storm|rain|shower|cloudburst|deluge"
    r"|hailstorm|monsoon|flood)\b"
    r"|\b(went|gone|got|turned|have gone|had gone) mou?ldy in (the|my|our) (garage|loft"
    r"|attic|shed|cellar|basement|cupboard|wardrobe|storage|caravan)\b"
    # round 32 (batch 78): "an airline lost my suitcase... They're reimbursing me.",
    # "Our end-of-year show got cancelled after the studio flooded"
    r"|\b(airline|airport|hotel|taxi|train company|ferry company|insurer)s?( has| have| had)?"
    # (round 37, batch 127: "the airline lost one of my suitcases... It has still not
    # been found.")
    r" lost (one of )?(my|our|the) (suitcases?|luggage|bags?|cases?)\b[^?]*"
    r"|\b(they'?re|they are|they'?ll|they will|they'?ve|they have) (already )?(reimbursing"
    r"|compensating|reimbursed|compensated)( me| us)?\b"
    r"|\b(show|event|wedding|party|trip|match|gig|concert|festival|holiday|race|prom"
    r"|shoot|performance|recital|tournament|flight|train|ferry|coach)"
    # (round 38, batch 134: "My flight to Manila was cancelled and I ended up sleeping at
    # Heathrow")
    r"( (to|from) \w+| home| back)?( has| have)? (got|was"
    r"|were|been|has been|have been) (cancelled|canceled|called off|postponed)\b"
    r"(?! by (you|your|the shop|stitch))"
    r"|\b(crushed|broken|damaged|lost|squashed|ruined|smashed|snapped) in the (removal"
    r"|removals|moving) (van|lorry|truck|firm'?s van)\b"
    r"|\b(the |a )?storms? (knocked|took|cut|brought) (out|down|off) (our|my|the)"
    r" (power|electric|electricity|broadband|internet|wifi|wi-fi|phone line|signal)\b"
    # round 34 (batches 84, 94 and 95): "My email provider has been bouncing everything
    # (their outage, widely reported)", "reversed over my own kit bag", "vanished from
    # the PE changing room (school's dealing with it)", "My nan passed last month",
    # "Lost my golf shoes somewhere between the clubhouse and the car park"
    r"|\b(their|its) outage\b|\bmy (email|e-mail|mail|broadband|internet|mobile|phone)"
    r" provider\b"
    r"|\b(reversed|backed|drove|ran) over (my|our) own\b|\b(i|we) (reversed|backed|drove"
    r"|ran) over (my|our)\b"
    r"|\b(school|club|gym|police|insurer|airline|hotel|council)('s| is| are) (dealing with"
    r"|looking into|sorting|handling) (it|this|that)\b"
    r"|\b(nan|nana|gran|granny|grandad|grandma|grandpa|grandfather|grandmother|mum|dad"
    r"|mother|father|uncle|aunt|auntie|husband|wife|partner|brother|sister|friend"
    r"|neighbour) (has )?(passed away|died|passed(?!\s+(the|it|them|this|that|my|me|a"
    r"|an|your|her|his|their|our|us)\b))"
    r"|\blost (my|our|his|her) [\w ]{0,25}\bsomewhere\b"
    # round 34 (batches 96 and 97): "my bank said it was their fraud check", "my little
    # sis threw my bag in the bath", "the shoes I bought elsewhere turned out to be two
    # different shades"
    r"|\b(it was|it'?s|that was) (their|the bank'?s|my bank'?s) (own )?(fraud|security)"
    r" (check|team|block|system|hold)\b"
    r"|\b(sis|sister|brother|bro|son|daughter|toddler|dog|puppy|cat|kid|kids|nephew|niece"
    r"|baby|grandson|granddaughter) (threw|chucked|dropped|flushed|put) (my|our|his|her|the)"
    r" [\w ]{0,20}\b(in|into|down) the (bath|pond|river|sea|toilet|loo|bin|canal|pool"
    r"|sink|fire)\b"
    r"|\b(i |we )?(bought|got|ordered|purchased) (elsewhere|somewhere else|from (another"
    r"|a different) (shop|store|site|retailer|brand))\b"
    # round 35 (batch 101): "went through at the toe after three months... he's just
    # hard on them"
    # round 35 (batch 102): "Apologies for writing about something that isn't your
    # doing", "A rigger dropped a sandbag right by my feet and scuffed my suede boots"
    r"|\b(isn'?t|is not|wasn'?t|was not|not) (your|you guys'?|y'?all'?s) (doing|fault)\b"
    # round 35 (batch 93): "Our flat was broken into last month and one of the things
    # taken was a Stitch & Sole tote"
    r"|\b(flat|house|home|car|van|shed|locker|office|garage) (was|were|got|had been|has"
    r" been) (broken into|burgled|robbed)\b"
    r"|\b(dropped|spilled|spilt|poured|knocked) (a|an|some|the|his|her|their) [\w ]{1,20}"
    r"\b(on|onto|over|right by|by|next to) my (feet|foot|boots|shoes|trainers|bag)\b"
    r"[^.?!]*"
    r"|\b(he|she|they|i|we)('s|'re| is| are| am|'m) (just |always |very |really |so "
    r"|a bit |quite )?(hard|rough|heavy|tough) on (them|shoes|footwear|(his|her|their"
    r"|my|our) (shoes|boots|trainers|footwear))\b"
    # round 36 (batches 98, 99 and 109): "I had ordered from some other website by
    # mistake thinking it was yours", "the checkout timed out, my side problem"
    r"|\b(ordered|bought) from (some|another|a different) (other )?(website|site|shop"
    r"|store|company)\b"
    r"|\bmy (side|end)('s)? (problem|issue|fault|mistake)\b"
    r"|\b(problem|issue|fault|mistake) (on|at|from) my (side|end)\b"
    # round 36 (batches 112 and 113): "nothing wrong on your end", "A pair of your boots
    # that I posted to my brother as a gift was damaged in transit by Royal Mail", "my
    # son left one school shoe on the bus"
    r"|\bnothing (wrong|amiss) (on|at|from) your (end|side)\b"
    r"|\bthat (i|we) (posted|mailed|forwarded) (on )?to (my|our|a)\b[^.?!]*"
    r"|\b(left|lost|dropped|forgot) (one|his|her|my|their|a) [\w ]{0,20}\b(on|at|in) the"
    r" (bus|train|tube|beach|park|pool|plane|coach|taxi|playground)\b[^.?!]*"
    # round 37 (batch 131): "PayPal has charged me twice for one order, but your side
    # only shows one payment so I'm taking it up with PayPal"
    r"|\b(i'?m|i am|i'?ll|i will) (taking|take) it up with (paypal|klarna|clearpay|my bank"
    r"|the bank|them)\b[^?]*"
    # round 37 (batches 126 and 127): "PayPal are saying my refund is pending on their
    # side", "I understand this is not your issue."
    # (round 38, batch 117: "PayPal has put my refund on hold for some verification
    # thing on their side")
    r"|\b(paypal|klarna|clearpay|my bank|the bank)\b[^.?!]{0,70}\bon their (side|end)\b[^?]*"
    r"|\b(this|it|that) is not your (issue|fault|problem|mistake|doing)\b[^?]*"
    # round 38 (batch 141): "stepped straight into a flooded pothole up to the ankle.
    # Trainers soaked"
    r"|\b(stepped|fell|slipped|went|walked|sank) (straight |right |back |knee-deep"
    r" |ankle-deep )?"
    r"(in|into) (a|an|the) (\w+ )?(puddle|pothole|river|stream|bog|ditch|pond|flood|burn"
    # (batch 143: "I stepped back into the bucket and soaked my boots through")
    r"|beck|bucket|bath|sink|paddling pool)\b[^?]*"
    # round 38 (batch 136): "Scaffold job, pole came down and split the toe cap open on
    # my boots. Toes are fine thanks to them!"
    r"|\b(pole|beam|brick|slab|rock|stone|block|scaffold tube|tube|board|pallet|load"
    r"|hammer|girder|kerbstone|tile|plank|crate|keg)s? (came down|fell|dropped|landed"
    r"|crashed down|came off)\b[^?]*"
    # round 38 (batch 134): "the sole of my left boot peeled right off. They were 6
    # years old and not from you, to be fair."
    r"|\b(they|these|those|it|the (boots|shoes|pair|trainers))( were| was|'re| are)"
    r"[^.?!]{0,30}\bnot (from|bought from|one of) (you|yours|here|your (shop|store|site))\b"
    r"[^?]*"
    # round 37 (batch 125): "our centre back's boots split across the toe in the second
    # half. He's had them three seasons so fair play to them."
    r"|\b(had|worn|wore) (them|those|these|it) (for )?(\w+ ){0,2}(seasons|years)\b"
    r"[^.?!]{0,20}\bfair play\b[^?]*"
    # round 37 (batch 122): "I slipped on the wet floor at the leisure centre after
    # badminton (their mopping, not the shoes) and scuffed the toe"
    r"|\b(their|my|his|her|the \w+'s) (own )?(\w+ )?(fault|mopping|doing|mistake|floor),?"
    r" not (the|your|my) (shoes|boots|trainers|soles?|fault)\b[^?]*"
    # round 37 (batch 128): "someone broke into my car and took the bag with my spare
    # pair in it"
    r"|\b(someone|somebody|thieves|they) (broke|had broken) into (my|our|the) (car|van"
    r"|house|flat|shed|garage|locker|office|lockers) and (took|stole|nicked|pinched)\b"
    r"[^?]*"
    # round 37 (batch 121): "in the chaos someone binned the box with three pairs of new
    # boots still in it"
    r"|\b(someone|somebody|one of (us|the team|the lads)|the cleaners?|my (husband|wife"
    r"|partner|mum|dad|son|daughter|flatmate)) (binned|threw away|threw out|chucked"
    r"|recycled|skipped)\b[^.?!]*"
    # round 37 (batch 118): "a delivery driver rolled a cage of stock over my foot at
    # work on Monday... my work shoes are crushed at the toe"
    r"|\b(rolled|ran|drove|reversed|dropped|trod|stepped|stood) (a |an |the |his |her "
    r"|their )?[\w ]{0,25}\b(over|on|onto) my (foot|feet|toes?|boots|shoes|trainers)\b"
    r"[^?]*"
    # round 37 (batches 106 and 107): "My bank then charged me a foreign transaction
    # fee, which they've admitted is their glitch", "Boots keep walking off from the
    # mess room at our depot"
    r"|\b(they'?ve|they have|they|the bank|my bank|the bank has|my bank has)"
    r" (admitted|confirmed|accepted|agreed|said)( that)? (it'?s|it is|it was|this is|was|is)"
    r" (their|the bank'?s) (own )?(glitch|mistake|error|fault|problem|issue)\b[^.?!]*"
    r"|\b(boots|shoes|trainers|wellies|mine|they|kit)\b[^.?!]{0,20}\b(keep|kept) walking"
    r" off\b[^.?!]*|\b(boots|shoes|trainers|wellies|mine)\b[^.?!]{0,20}\b(went walkabout"
    r"|grew legs)\b[^.?!]*"
    # round 40 (batch 174): "I'm not asking for anything under guarantee, the
    # circumstances were rather extreme"
    r"|\b(i'?m|i am|not) asking for anything( under (the )?guarantee)?\b"
)
# After the customer's own doing: a turn to something else ("my mistake, but you
# then charged me twice"), round 11.
# "yet" closing a clause is no turn ("it's not dispatched yet", round 15)
CONTRAST = (
    # (round 31, batch 70: "even though" concedes, it does not turn: "Awful confession:
    # we both ordered the same bag... Can one be returned even though it was paid for
    # with points?")
    r"\b(but|however|although|(?<!even )though|except|only)\b"
    # round 19 (batch 34): a hedge is no turn ("but I'm not sure if that does anything")
    r"(?<!\bbut)|\bbut\b(?! (i'?m |i am |i was |we'?re )?(not sure|unsure|wondering|no idea"
    r"|don'?t know)\b)|\byet\b(?!\s*([.!?,;]|$))"
)
# Upset at the weather or the commute (round 24: "the weather here is awful, soaked
# every single day, which of your boots are actually waterproof"): in a question with
# no failure of ours, its upset words are not aimed at us.
WEATHER_GRUMBLE = (
    r"\b(weather|rain|humidity|snow|wind|winter|commute|climate|mud|puddles"
    # round 38 (batch 136): "The traffic in town is very bad so I don't want to come to
    # the shop. Can the return be done by post?"
    r"|traffic|roadworks"
    # round 47 (batches 246 and 247): "Awful journey on this bus, stuck on the A19 for
    # an hour", "Monsoon in Thrissur is very bad this year"
    r"|monsoon|journey)\b[^.?!]{0,30}\b(awful|horrible|disgusting|terrible|miserable"
    r"|grim|vile|nightmare|disaster|(very |so |really )bad"
    r"|rubbish|dreadful|horrendous|brutal|relentless)\b"
    r"|\b(awful|horrible|disgusting|terrible|miserable|grim|vile|dreadful|horrendous"
    r"|brutal) (\w+ )?(weather|rain|humidity|winter|commute|downpour|storm|drizzle"
    r"|journey|monsoon)\b"
    # round 30 (batch 56): "ugh monday. click & collect open til?"
    r"|\b(ugh+|urgh+|argh+|meh|blah)[,.!]* (it'?s )?(monday|mondays|january|winter|rain"
    r"|weather|traffic|the commute|commute|school run|work|exams?|hangover|jet ?lag"
    r"|mornings?|early shifts?|night shifts?)\b"
    # round 30 (batch 54): "ugh rain is the worst, my feet are always soaked. are the
    # ankle boots actually waterproof"
    r"|\b(weather|rain|humidity|snow|wind|winter|commute|mud|puddles) (is|are|'s)"
    # round 37 (batches 106 and 107): "Dis winter is di worst mi see", "Miserable
    # freezing signal box this time of year."
    r" (the |di |de |da )?(worst|a nightmare|the pits|killing me)\b"
    r"|\b(miserable|grim|awful|horrible|dreadful|brutal|bitter|freezing|bitterly cold)\b"
    r"[^.?!]{0,40}\bthis time of (the )?year\b"
    # round 35 (batch 105): "Nothing worse than soggy socks after a dawn session."
    r"|\bnothing worse than (soggy|wet|cold|damp|sodden|freezing) (socks|feet|toes)\b"
    # round 32 (batch 81): "ugh squeaky shoes are the worst thing ever in a string
    # quartet"
    r"|\b(squeaky|noisy|wet|cold|sweaty|smelly|new) (shoes|feet|boots|socks|soles) (are|is)"
    r" (the worst|a nightmare|the bane|awful|murder|torture)\b"
    # round 32 (batch 66): "Weather app says "heavy rain all week". Grim."
    r"|\b(weather|forecast|rain|snow|storms?|gales)\b[^?!]{0,40}[.!\"'\u2019\u201d]\s*"
    r"(grim|awful|horrible|miserable|dreadful|vile|ugh|typical|brilliant)[.!]"
    # round 31 (batch 65): "Hotel uniform policy is awful - black only, no visible
    # logos."
    r"|\b((uniform|work|company|hotel|hospital|school|club|ward|kitchen) (policy|rules?"
    r"|dress code|uniform)|dress code|uniform policy) (is|are|'s) (awful|ridiculous|strict"
    r"|a nightmare|terrible|the worst|horrible|mad)\b"
    # round 37 (batch 131): "The awful thing about re-enactment is nobody makes a decent
    # 18th-century buckle shoe for big feet."
    r"|\bthe (awful|annoying|frustrating|terrible|worst) thing about [\w-]+( [\w-]+)? is\b"
    # round 31 (batch 55): "worst thing about trail running is mud getting in round the
    # tongue do any of yours have a gusseted tongue"
    r"|\b(the )?(worst|most annoying|only bad|one bad|biggest pain|hardest) (thing|part|bit)"
    r" (about|of|with) (\w+ )?(running|hiking|walking|cycling|climbing|dancing|riding"
    r"|commuting|camping|festivals?|winter|summer|school runs?|night shifts?|being a \w+)\b"
)
# Upset at the customer's own feet, health or baby (round 30, batch 54: "I have dreadful
# bunions and find most shoes unbearably painful. I should be grateful if you could
# recommend a style with a roomy toe box."): in a question with no failure of ours, its
# upset words are not aimed at us.
OWN_TROUBLES = (
    # round 45 (batch 206): "... its the worst so is there a size guide"
    HATING_SHOPPING + r"\b|"
    # round 38 (batches 138 and 139): "Worst part of the job is soaking wet socks by
    # 10am", "Standing about is the worst bit of a call-out"
    # (batch 145: "Teaching year 9 on a Friday afternoon is a nightmare")
    r"\b(teaching|nursing|working|standing|walking|driving|commuting|running|marking"
    r"|invigilating)\b[^.?!]{0,50}\b(is|are|was) (a |an absolute |an |total |a total )?"
    r"(nightmare|killer|hell|torture|brutal|murder)\b|"
    r"\b(worst|hardest|toughest|grimmest) (part|bit|thing) (of|about) (the|my|a|our|this)"
    r" (job|day|shift|work|call-?out|week|winter|season|commute|round)\b|"
    # round 48 (batch 263): "The worst part of getting old is the eyesight."
    r"\b(worst|hardest|toughest|grimmest) (part|bit|thing) (of|about) (getting|growing)"
    r" old(er)?\b|"
    r"\b(i have|i'?ve got|i suffer (from|with)|suffering (from|with)|my|with|i get)"
    r" (\w+ ){0,2}(bunions?|arthritis|plantar fasciitis|flat feet|fallen arches|high arches"
    r"|hammer ?toes?|corns|gout|neuropathy|swollen (feet|ankles)|wide feet|bad (back|knees"
    r"|hips?|feet)|achilles|shin splints|blisters easily|sensitive feet|diabetes"
    r"|diabetic feet)\b"
    # round 38 (batch 117): "my feet are very bad due to diabetes, having pain always"
    r"|\bmy (feet|knees|back|hips|ankles|toes) (are|is) (very |really |so |quite )?(bad"
    r"|painful|sore|swollen)( due to| because of| from| with)\b"
    # round 30 (batch 59): "The baby screams the second he goes in the pram so I can't
    # face getting to the shop. Awful."
    r"|\b(the|my|our) (baby|newborn|toddler|twins|little one) (screams|cries|won'?t (sleep"
    r"|settle|stop crying)|has colic|is teething)\b"
    # round 31 (batch 60): "Mad week - boiler packed in, car failed its MOT, and my
    # baby's christening is Sunday."
    r"|\b(boiler|car|van|washing machine|fridge|freezer|oven|laptop|dishwasher|heating)"
    r" (has |had |just )?(packed in|packed up|broke down|died|gave up|conked out"
    r"|failed (its|the) mot)\b"
    # round 32 (batch 66): "Blisters every single time with new shoes. Stupid feet."
    # round 32 (batch 78): "my feet are stupid wide and everything pinches"
    r"|\bmy feet are (\w+ )?(wide|narrow|flat|huge|tiny|massive|awkward|weird|odd|funny)\b"
    # round 41 (batch 180): "My feet are a nightmare - wide, flat, and a bunion"
    r"|\bmy feet are (a |an )?(absolute |total |complete |real )?(nightmare|pain|problem"
    r"|disaster|nuisance)\b"
    # round 32 (batch 79): "I absolutely hate breaking in leather shoes, it's agony"
    r"|\b(hate|loathe|can'?t stand|dread|detest) breaking (in )?(new |leather |in )?(shoes"
    r"|boots|them|pairs)\b"
    r"|\b(stupid|silly|daft|useless|wonky|awkward|ridiculous) (feet|toes|ankles|knees"
    r"|heels|arches)\b|\bblisters (every|each) (single )?time\b"
    # round 33 (batch 85): "My printer is useless."; "Our twins arrived 5 weeks early so
    # the 'going home' shoes I ordered are comically huge"
    r"|\bmy (printer|laptop|phone|wi-?fi|internet|broadband|computer|pc|scanner) (is|'s)"
    r" (\w+ )?(useless|rubbish|hopeless|a nightmare|playing up|dead|ancient)\b"
    r"|\b(baby|babies|twins|triplets|son|daughter|little one|grandson|granddaughter)"
    r" (arrived|came|was born|were born) (\w+ )?(days?|weeks?) (early|premature)\b"
    # round 35 (batch 103): "realised my trainers have basically no grip left... Are
    # your all-weather trainers actually grippy?"
    r"|\bmy (\w+ ){0,2}(trainers|shoes|boots|soles|wellies|sandals|runners) (have|has|had)"
    r" (basically |practically |almost |virtually )?(no|zero) (grip|tread) left\b"
    # round 35 (batches 104 and 105): "our venue flooded three weeks before the wedding
    # 🙃... What flat shoes do you have in ivory?", "Broke my wrist snowboarding... laces
    # are a nightmare. Looking for trainers that slip on."
    r"|\b(venue|house|kitchen|basement|flat|church|hall|marquee) (has |had |got |just )?"
    r"(flooded|burned down|burnt down|fell through|been cancelled)\b"
    r"|\b(broke|broken|sprained|fractured|injured|hurt|twisted) my (wrist|arm|ankle|leg"
    r"|foot|hand|hip|knee|shoulder|back|toe)\b"
    # round 46 (batch 219): "Pulled my calf last month and my physio says I need more
    # heel drop... Bit gutted"
    r"|\b(pulled|strained|tore|torn|popped|injured|hurt|sprained) my (calf|calves"
    r"|hamstring|achilles|tendon|groin|shin|heel|arch|plantar)\b"
    r"|\bmy (physio|physiotherapist|podiatrist|chiropodist|osteo|osteopath|doctor|gp"
    r"|consultant) (says|said|told me|reckons|recommends|recommended|wants)\b"
    # round 47 (batch 245): "So annoying la, my old bag strap always slip off my
    # shoulder. Your crossbody bag the strap can adjust or not?"
    r"|\bmy old (\w+ ){0,2}(always|keeps|kept|used to)\b"
)
# After a resolution, an "in case" clause turns nothing round (round 24, batch 46: "it
# arrived. Just flagging in case your system still shows it as failed.")
# Round 30 (batch 57): nor does a clause of precaution ("your team already cancelled
# the dupe and refunded... Is there a limit on the restock so I don't trip the same
# thing again?")
PRECAUTION_CLAUSE = (
    r"\bin case\b[^.?!]*|\bso (that )?(i|we|it|this|that|nobody|no one|they)"
    r" (don'?t|do not|won'?t|will not|doesn'?t|does not|can avoid|never)\b[^.?!]*"
    # round 39 (batch 155): "just letting you know so nobody processes the return twice"
    r"|\bso (that )?(nobody|no one) (processes|refunds|charges|sends|books|chases)\b[^.?!]*"
    # round 31 (batch 60): "Just confirming the original return is closed off so I'm
    # not charged twice?"
    r"|\bso (that )?(i'?m|i am|we'?re|we are|it'?s|it is) not (charged|billed|debited"
    r"|double[- ]charged|refunded|chased)\b[^.?!]*"
    # round 31 (batch 61): "just want to be sure i havent been charged twice"
    r"|\b(be sure|make sure|check|confirm|checking|confirming) (that )?(i|we)"
    r" (haven'?t|havent|have not|wasn'?t|was not|weren'?t|were not) been (charged"
    r"|billed|debited|double[- ]charged)\b[^.?!]*"
    # round 35 (batch 7, a rule of batch 105's): "logged in again, just checking my
    # classes are still there"
    r"|\b(checking|check|making sure|make sure|to check|to make sure) (that )?(my |the "
    r"|our )?[\w ]{0,20}\b(is|are) still (there|intact|safe|booked|on (my|the) account)\b"
)
# After a resolution: words that turn the story round into a complaint again.
STILL_A_PROBLEM = (
    r"\b(but|except|although|though(?!\s*([,.!;]|and\b|$))|however|yet|twice"
    # round 31 (batch 55): not "but its working now so never mind"
    r"|wrong|missing|broken|damaged|never(?! ?mind\b))\b"
    # round 22 (batch 41): "The boots you repaired are worse than before"
    r"|\b(are|is|'re|'s|came back|come back|now) (even |much |far )?worse\b"
    # round 27 (batch 50): "works perfectly right up until you press pay"
    r"|\b(right )?up until (you|i|we) (press|click|tap|hit|get to|try to|reach)\b"
    # round 20 (batch 36): not "just letting you know so nobody chases it"
    r"|(?<!\bso )(?<!\bso that )\b(no one|nobody)\b"
    # "late", not in a question about timing ("or is it too late?", round 19)
    # (round 31, batch 67: nor a question whether it is too late to add something:
    # "Too late to add a dust bag to it?")
    r"|(?<!\bis it too )(?<!\bor too )(?<!\bnot too )(?<!\bstill too )\blate\b"
    r"(?! to (add|change|cancel|amend|swap|order|update|edit|get|put|switch)\b)"
    # "still", not in a question about what still holds ("does the match still count",
    # round 18)
    r"|(?<!\bor )\bstill\b(?! (count|counts|apply|applies|valid|stand|stands|qualify"
    r"|qualifies|eligible|available|in stock)\b)"
    # round 19 (batch 34): nor in a question about what can still be done ("can I
    # still upgrade to next day delivery?", "just checking my points still went on the
    # order?", "whether the guarantee restarts or still runs from..."), unless a
    # problem follows ("why is it still not here?")
    r"(?![^.?!]*\?)|\bstill (not|n'?t|no|showing|pending|stuck|waiting|missing|broken"
    r"|wrong|being|getting|charg\w*|on hold|processing|in transit)\b"
    # "again", not the customer's own next step ("so I'll just order again now", round
    # 13), nor what should not happen or a price that may drop (round 18: "so it
    # doesn't happen again", "if the boots drop again")
    r"|(?<!order )(?<!ordering )(?<!try )(?<!trying )(?<!buy )(?<!shop )(?<!reorder )"
    r"(?<!n't happen )(?<!not happen )(?<!drop )(?<!drops )"
    # round 31 (batch 55): nor starting over ("Starting again from scratch for two of
    # them.")
    r"(?<!starting )(?<!start )(?<!started )(?<!shopping )"
    # round 36 (batch 113): nor the same thing bought again ("Could I order the same
    # style again?")
    r"(?<!style )(?<!pair )(?<!model )(?<!same )"
    # round 39 (batch 157): nor the customer glad ("Pedalling away happily again.")
    r"(?<!happily )(?<!happy )\bagain\b"
    # round 46: a settlement the customer does not accept ("you took a tenner off. Not
    # happy with that.")
    r"|\b(not|n'?t) (very |too |exactly |entirely |particularly )?(happy|satisfied"
    r"|content|pleased) with (that|this|it)\b"
)
# Shouting with a demand ("I WANT MY MONEY BACK TODAY") is upset whatever the learned
# model says (it reads lower-cased text, so it cannot see the capitals).
SHOUTED_DEMAND = (
    r"\b(i want|i need|give me|refund|money back|back (now|today)|sort (it|this) out"
    r"|fix (it|this)|where('?s| is| are) my|now|today|asap"
    r"|(did not|didn'?t|never) (order|ask for|get|receive))\b"
    # round 28 (batch 52): "I DID NOT BUY THESE, THEY WERE A GIFT, I JUST WANT THEM
    # SWAPPED, WHY IS THIS SO HARD?!?!"
    r"|\bi (just|only|really|simply) (want|need)\b|\b(did not|didn'?t|never) buy\b"
    r"|\bwhy is (this|it) so (hard|difficult|complicated)\b"
)
# Failures about things we did not sell, when asking to buy ("my old boots are broken, do you have...").
BUYING_QUESTION = (
    r"\b(do you (still |also |now )?(have|sell|stock|do|make)|are yours|what'?s new"
    r"|do your \w+( \w+)? (come (with|in)|have a))\b"
    # round 13: "which of your boots are actually waterproof", "any trainers you'd
    # suggest"
    r"|\bwhich of your \w+( \w+)? (are|is|would|will|have|has)\b"
    # (round 27: not "the belt buckle came off on the second day, what do you suggest?")
    r"|\b(?!what (do|would|could|can|should) you suggest\b)(any|what|which) \w+( \w+)?"
    r" (would |do |could )?you'?d? (suggest|recommend)\b"
    # round 27 (batch 51): "Which of yours are Goodyear welted?", "Is there a suede
    # cleaner you sell that might have a fighting chance?"
    r"|\bwhich of yours (are|is|would|will|have|has)\b"
    r"|\b(is there|are there|have you got|do you have) (a|an|any|some) [^.?!]{0,40}\byou (sell"
    r"|stock|do|make|recommend)\b"
)
# Shopping for something stronger after a failure, with no remedy asked (round 29,
# batch 53: "her heel snapped halfway up the chapel steps. Proper laugh once she'd
# stopped swearing. She wants another pair, sturdier mind."; batch 49: "the heel
# snapped clean off during a turn... I'd like something sturdier with a block heel"):
# the failure is the reason for buying, not a complaint to us.
STURDIER_WANTED = (
    r"\b(like|want|wants|need|needs|after|looking for|get|getting|buy|buying) (something"
    # (round 39, batch 158: "Need summat sturdy for a 14 year old")
    r"|summat|summit"
    # (round 37, batch 120: "Looking for something really sturdy")
    r"|another pair|a new pair|a pair|one|some|a replacement pair)\b[^.?!]{0,30}\b(sturdy"
    r"|sturdier"
    r"|stronger|tougher|more robust|more durable|hardier|hard-?wearing|better made"
    r"|more substantial)\b"
    # round 30 (batch 59): "I'm after a black court shoe with a sturdy block heel now"
    r"|\b(i'?m|we'?re|i am|we are) (now )?(after|looking for|hunting for) (a|an|some)"
    r" [^.?!]{0,30}\b(sturdy|sturdier|robust|hard-?wearing|stronger|tougher)\b"
    # round 32 (batch 74): "Canvas pumps soaked through... Decided it's time for proper
    # boots."
    r"|\b(time|decided|deciding) (it'?s time )?(for|to (get|buy|invest in)) (some |a pair of )?"
    r"(proper|decent|real|sensible|waterproof|sturdy) (boots|shoes|wellies|trainers|footwear)\b"
    # round 36 (batch 114): "Sick of cheap trainers falling apart on the pavements.
    # What's your most durable pair...?"
    r"|\byour (most (durable|hard-?wearing|robust|sturdy|rugged)|toughest|sturdiest"
    r"|hardest-?wearing)\b"
)
# Buying the same again after a mishap of the customer's own (round 41, batches 180
# and 181: "a mare kicked out in the wash bay... scuffed to bits but my leg's fine.
# Want the same again, size 5.", "it got away from me and went straight over my
# foot... the cap is dented right in. So I'm in the market for another pair", "the
# rains... my canvas trainers got soaked in the mud... I want to order the same ones in
# the leather version"): like ``STURDIER_WANTED``, the failure is why they are buying.
# (not a pair the customer was forced to buy: "had to buy another pair", "there's no
# time to get another pair")
NOT_FORCED_TO = r"(?<!had to )(?<!have to )(?<!having to )(?<!time to )"
BUYING_THE_SAME_AGAIN = (
    NOT_FORCED_TO
    + r"\b(want|wants|wanted|need|needs|like|order|buy|get)( to (order|buy|get|have))? "
    r"(the )?same (ones?|pair|shoes|boots|trainers|again)\b|"
    + NOT_FORCED_TO
    + r"\b(in the market for|after|looking for|order|buy|get) another pair\b"
    # round 44 (batches 199 and 200): "Is it still made or has it been replaced",
    # "now I'm after a new pair", (batch 194) "Same model again please, size 11"
    r"|\bis (it|that|this|the (same )?(model|style|one|pair|boot|shoe)) still (made"
    r"|available|in stock|sold|in the range)\b"
    r"|\b(i'?m|we'?re|i am|we are) (now )?(after|looking for|in the market for) a new pair\b"
    r"|(^|[.!?]\s*)same (model|style|ones?|pair|boots|shoes)( again)?,? please\b"
)
REMEDY_WORDS = (
    r"\b(refund|refunded|replace|replacement|replaced|exchange|repair|repaired|money back"
    r"|compensat\w*|swap|return|guarantee|warranty|faulty)\b"
)

# Leaving "threats" that are routine requests when asked as a question.
ACCOUNT_REQUESTS: frozenset[str] = frozenset(
    {"close my account", "delete my account", "cancel my account", "closing my account"}
)
# Mild swear words count only when aimed at us (one of these words in the message).
AIMED_AT_US = (
    r"\b(you|your|you'?re|u|ur|this|bot|service|company|shop|staff|team|lot)\b"
)

# Sarcasm cues (regex over lower-cased text).
# Sarcasm cues that sincere praise uses as often ("well done", "great service"): they
# do not lift the learned model's praise gate (round 13); the others do.
SINCERE_CUES = (
    r"well done|impressive|(great|nice|good|fantastic|brilliant|stellar|amazing|awesome"
    r"|excellent|outstanding|wonderful|lovely|super|superb|top) service"
    r"|(love|loving|enjoy|enjoying) (it )?that"
    r"|(awesome|great|brilliant|fantastic|lovely|perfect|amazing|nice|wonderful|superb)[.!]*"
)
# Praise of work done that clear praise says as often as sarcasm does: the policy's
# clear-praise check lets it through when the learned model is sure it is no
# complaint (round 32, batches 66 and 68: "Fit first time. Good job.", "Brilliant
# work, and so much better than binning them.")
PRAISE_OF_WORK = (
    r"(good|great|brilliant|lovely|excellent|fantastic|amazing|superb) (job|work)"
)
# "whoever decided smaller biscuits were a good idea": said of a change for the worse
WHOEVER_THOUGHT = (
    r"\bwhoever (thought|decided|came up with|signed off)\b[^.?!]{0,60}\bgood idea\b"
)
# Thanks for a harm (round 29, twcs: "I updated my phone and now it is even slower and
# barely works. Thank you for ruining my phone.😤"): with an upset word or a failure, a
# complaint the learned model's veto does not clear.
IRONIC_THANKS = (
    # (round 38, batch 133: a particle or a comma before "for": "Thank you o, for
    # cancelling my order the day before my wedding.")
    r"\bthanks? (you )?((o|oh|eh|ah|sha|oo+),? |, )?(a lot |so much |again |very much "
    r"|ever so much )?,? ?for (nothing|ruining|wasting|breaking|losing|ignoring|wrecking"
    # round 32 (batch 80): "Thanks ever so much for cancelling my order the night before
    # my first day without a word."
    r"|cancell?ing)\b"
    # round 32 (batch 77): "Thanks SO much for sending my husband a women's size 5
    # instead of a men's 10."
    r"|\bthanks? (you )?(a lot |so much |again |very much )?for (sending|giving|delivering"
    r"|posting)\b[^.?!]{0,80}\binstead of\b"
    # round 38 (batch 136): "Thank you so much for sending one shoe in black and one in
    # brown, very fashionable, I will start a trend at the wedding on Saturday 🙃"
    r"|\bthanks? (you )?(a lot |so much |again |very much |ever so much )?for (sending"
    r"|giving|delivering|posting)\b[^?]{0,140}(🙃|🙄|😒|🤨|😑)"
    # round 43 (batch 196): thanks for what was sent in place of the order ("Cheers fi
    # di size 9 when mi order size 7")
    r"|\b(thanks?|cheers|ta)( you)?( a lot| so much| again| very much)? (for|fi|fur"
    r"|fer) (the|di|da|de|a|me|mi|my) [^.?!]{0,40}\bwhen (i|we|mi|me)('?d| had)?"
    r" (ordered|order|asked for|paid for)\b"
    # round 46 (batch 216): "Thanks so much for sending a single left shoe."
    r"|\bthanks? (you )?(a lot |so much |again |very much |ever so much )?for (sending"
    r"|delivering|posting) (me |us )?(a single|only one|just one|just the one|one"
    r" single)\b"
)
# A rhetorical jab at a failure (round 46, batches 228 and 231: "Is the colour I pick at
# checkout just a suggestion? Ordered navy, received brown.", "wet socks by 10am.
# That's the whole point of them, surely?"): with a failure, the veto does not clear it.
RHETORICAL_JAB = (
    r"\bjust a (suggestion|rough guide|guideline)\b"
    r"|\b(that'?s|that is|which is|isn'?t that|wasn'?t that) (the )?(whole|entire|very"
    r"|only) (point|reason (i|we) bought)\b"
)
# Cues never said in sincere praise, however sure the praise reader is (round 18:
# "whoever thought ... was a good idea, thank you ever so much!" read 0.99 as praise).
NEVER_SINCERE = (
    WHOEVER_THOUGHT
    + r"|\bthanks? (you )?(a lot |so much )?for nothing\b|\byeah,? right\b"
    r"|/s\b|🙄|🙃|😒"
    # round 25: a raised eyebrow or a blank face is no sincere praise ("Really happy to
    # be woken at 6:30 by the neighbour's dog. Thanks a lot for that 🤨")
    r"|🤨|😑"
)
# A sad face: whatever the words, no praise to answer cheerfully (round 29, iSarcasm:
# "thank you SO MUCH :-) for the text last night. ordering (!) me back to work off
# holiday ... Sooooo Sorry :-(")
SAD_FACE = r":'?-?\(|☹|😞|😔|😢"
# Sarcasm cues strong enough to count without a failure in the same message, matched
# against the cue a SARCASM_PATTERNS entry found (moved here from the detector in
# round 30, where it was compiled on each call).
SARCASM_ALONE = (
    # round 37 (batches 130 and 131): "my refund has gone on holiday", "the masterclass
    # in patience"
    r"gone on (holiday|a holiday|vacation|a world tour|tour)|(masterclass|lesson|master"
    r" ?class) in (patience|waiting)|who needs|was possible to|achievement to|feat to|means ['\"\u2018\u201c]|about as (often|fast|quickly|regularly|reliably"
    r"|frequently) as|"
    r"for (nothing|ruining|wasting|losing|breaking|ignoring)|good luck"
    r"|nothing|canned|copy|automated|scripted|generic|care|/s|yeah,? right"
    r"|^(another|more|the usual|same old|yet another|the \w+)"
    r"\s+['\"\u2018\u201c]"
    r"|must be (nice|lovely|great|fun)|if you (like|love|enjoy)"
    r"|(stars?|points|marks) for|more of a"
    r"|(from|than|out of) (my|a|the) \w+|money\b.*\b(slow|ages|forever"
    r"|never|not)\b"
    r"|^(tour|sightseeing|holiday|road trip|adventure)|postcard"
    r"|^(riveting|gripping|thrilling|scintillating)"
    r"|(enjoyed|loved) (the|my|her|his|their) (blisters|rash|sore|wet"
    r"|soggy)"
    r"|^if anyone fancies|suspense of|sense of adventure"
    r"|^imagine if|collecting the|spending|scenic route|(out|oot|away) for"
    r"|(enjoy\w*|having|had|have|on) (a|its|their) (\w+ )?(holiday|vacation|break"
    r"|staycation|mini-?break|day out|getaway)|^lasts? |by the time|for next"
    r"|(idea|move|tactics|plan|strategy|thinking) to|wait (maybe |perhaps "
    r"|another |one more |a )*(more )?(year|decade|century|lifetime)"
    r"|🙄|🙃|😒|🤦|🤥|😤|😡|🤬|😠|💩|🖕|^feeling the|(foot ?bath|paddling pool|pedicure"
    r"|swim)$|^by ['\"\u2018\u201c]"
    # round 34 (batch 96): "Quick like a glacier"
    r"|glacier|snail|tortoise|sloth"
    # round 35 (batch 93): "right up until I met the three steps"
    r"|up until|saves? (me|us) the"
    # round 36 (batch 108)
    r"|spend it all"
)
SARCASM_PATTERNS: tuple[str, ...] = (
    # round 37 (batches 130 and 131): "Great to know my refund has gone on holiday.",
    # "thank you for the masterclass in patience - six weeks waiting on a resole"
    r"(?<!\bin )\b(my|the|our) (refund|parcel|order|money|delivery|boots|package) (has"
    r"|have|'s) gone on (holiday|a holiday|vacation|a world tour|tour)\b",
    r"\b(masterclass|lesson|master ?class) in (patience|waiting)\b",
    # round 37 (batch 122): "Must take real skill."
    r"\bmust take (real |some |serious |a lot of )?(skill|talent|effort|doing|practice)\b",
    # round 37: "No porch. Love that for me."
    r"\blove (that|this) for (me|us)\b",
    # round 38 (batches 136 and 137): "Love a good product description, me.", "Great to
    # learn the 2 year guarantee on boots means 'until you actually need it'."
    r"\blove a good [\w -]{1,30},? me\b",
    # round 38 (batch 138): "with a lovely new sole... on one boot. Who needs two
    # anyway."
    r"\bwho needs (two|both|a pair|a matching pair|the other one)( anyway)?\b",
    # round 38 (batch 143): "it's some achievement to lose a pair of size 12 boots
    # between Belfast and Belfast"
    # round 38 (batch 144): "I didn't think it was possible to send one pair of
    # trainers to three different depots in a week. Well done, really."
    r"\b(didn'?t|did not|never) (think|thought|know|knew) it was possible to (send|lose"
    r"|break|damage|misplace|mix up|take|charge)\b",
    r"\b(some|quite an?|a real|real) (achievement|feat|skill|talent) to (lose|break|damage"
    r"|send|misplace|mix up)\b",
    r"\b(great|nice|good|lovely|glad|brilliant|fab) to (learn|know|hear|discover|find out)"
    r"\b[^.?!]{0,60}\bmeans ['\"\u2018\u201c]",
    # round 38 (batch 116): "Great to know your tracking updates about as often as I
    # change lenses at a funeral."
    r"\b(updates?|updated|replies|replied|answers?|answered|responds?|responded|gets? back"
    r"|moves?|moved|refreshes)\b[^.?!]{0,25}\babout as (often|fast|quickly|regularly"
    r"|reliably|frequently) as\b",
    # round 35 (batch 93): "Really lifted my spirits, right up until I met the three
    # steps at the front door.", "Saves me the bother of noticing any difference"
    # (not in a question: "Is the jacket waterproof, or 'showerproof' in the way
    # everything is showerproof right up until it rains?")
    r"\b(right|all the way) up until (i|we|the|it|they|my)\b(?![^.!?]*\?)",
    r"\bsaves? (me|us) the (bother|trouble|hassle) of\b",
    # round 34 (batch 96): "Quick like a glacier, I assume?", "loving the hassle-free 45
    # minutes I just spent queuing"
    r"\b(quick|fast|speedy|rapid|swift|prompt) (like|as) a (glacier|snail|tortoise|sloth)\b",
    r"\bloving the (hassle-free|quick|speedy|easy|seamless|smooth|painless|simple)\b",
    # round 34 (batch 95): "I must be invisible now, that's handy.", "Had my own
    # paddling pool by lunchtime."
    r"\bi must be invisible\b",
    r"\b(had|have|got|made) (my|me|myself) (own )?(little )?(paddling pool|swimming pool"
    r"|pond|fish tank|aquarium)\b",
    # round 29 (batch 53): not "Thanks for making something that lasts."
    r"\bthanks? (a lot|a bunch|so much|again)?\s*for (nothing|ruining|wasting|the canned|your canned|the (automated|copy|generic)|making(?! (something|such|a |an |quality|great|good|lovely|brilliant|beautiful|boots|shoes|trainers|my (day|week|year)))|losing|breaking|ignoring|the runaround|absolutely nothing|being so|the great)\b",
    r"\bthanks for nothing\b",
    # round 33 (batch 91): "the 2-year guarantee that lasts right up until the moment
    # you actually need it"
    r"\b(lasts?|works?|holds?|covers?)( right)? (up )?until the (moment|minute|second|day)"
    r" (you|i|we) (actually |really )?need (it|them)\b",
    r"\b(canned|copy[- ]?(and[- ])?paste[d]?|automated|scripted|generic) (response|reply|answer|message)s?\b",
    r"\b(look|looks|pretend|pretending) (like )?(you|u) care\b",
    r"\b(oh|wow|well|yeah|just|aw|och),? (great|good|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|amazing|done|thanks|thank you|magic|smashing|champion|cracking)\b"
    # round 26: "Oh yes thank you mr delivery man so much for...", "Very glad you
    # didn't ring the bell" (an iSarcasm tweet)
    r"|\boh (yes|yeah),? (thanks|thank you)\b|\b(very|so|really) glad (you|they|he|she)"
    r" (didn'?t|did not|forgot|never)\b",
    # round 30 (batch 57): "...came back with bright orange stitching on brown boots.
    # Real craftsmanship, cheers.", "Brilliant bot protection, truly world class.",
    # "Reckon my boots are taking the scenic route"
    # (not "proper quality, thank you": sincere)
    r"[.!?,;]\s+(real (craftsmanship|professionalism|class|classy|talent|skill|genius)"
    r"|truly world[- ]class"
    # round 31 (batch 55): "...lasted a whole 80 miles. Truly elite engineering."
    r"|(truly|true|such|peak) (elite |fine |top[- ]notch |top |quality |premium "
    r"|world[- ]class )?(engineering|craftsmanship|workmanship|quality control))\b",
    # round 31 (batch 60): "paying £8 for express so my parcel could enjoy a little
    # holiday in a Daventry depot", "Great to learn the 2-year guarantee lasts precisely
    # until the day I try to use it."; "Now I get to make another trip across town"
    # (a parcel, not boots: "the boots are having a holiday in my suitcase")
    r"\b(parcel|order|package|delivery|refund|return)\b[^.?!]{0,20}"
    r"\b(enjoy|enjoying|enjoyed|having|had|have|went on|is on|on) (a|its|their) (little |nice "
    r"|lovely |long |short |mini[- ]|well[- ]earned |relaxing )?(holiday|vacation|break"
    r"|staycation|mini-?break|day out|getaway)\b",
    # (batch 69: "lasts exactly until I need to use it")
    r"\blasts? (precisely |exactly |right |just )?(up )?(until|till|to)( the (day|moment"
    r"|minute|second))? (i|you|we|anyone) (try|tries|need|needs|want|wants|go|goes) to"
    r" (use|claim|wear|rely on)\b",
    r"\bnow (i|we) get to (make|do|go|spend|take|trek|schlep|travel|pay)\b",
    # round 31 (batch 71): "Cracking idea to cancel my Black Friday order on the Monday
    # once the sale had finished. Top tactics."
    r"\b(cracking|brilliant|great|genius|clever|smart|top|inspired) (idea|move|tactics"
    r"|plan|strategy|thinking) to (cancel|send|lose|charge|ignore|close|delete|change"
    r"|reject|refuse|bin)\b",
    # round 31 (batch 72): "an order placed in March for the Christmas fair looks set to
    # arrive in good time for next Christmas"
    r"\b(arrive|arriving|turn up|turning up|get here|be here|reach (us|me))\b[^.?!]{0,20}"
    r"\bfor next (year'?s )?(christmas|year|summer|easter|birthday|winter|season)\b",
    # round 31 (batch 65): "Fantastic 'non-slip' shoes. Really enjoyed doing the splits
    # on a freshly mopped corridor"; "I will wait maybe one more year, no problem."
    r"\b(enjoyed|loved|enjoy|love)( \w+)? (doing the splits|slipping|sliding|skidding"
    r"|falling (over|flat))\b",
    r"\b(i'?ll|i will|i can|happy to) (just )?wait (maybe |perhaps |another |one more |a )*"
    r"(more )?(year|decade|century|lifetime)s?\b",
    # round 31 (batch 62, answered "That's lovely to hear" blind): "wow amazing\nordered
    # toddler shoes in June\nthey'll fit him perfectly by the time they turn up, when
    # he's at uni"
    r"\b(fit|fits|suit|suits|be (perfect|ideal|great|useful|handy))\b[^.?!]{0,30}\bby the"
    r" time (they|it|the \w+|my \w+) (turn up|turns up|arrive|arrives|get here|gets here"
    r"|come|comes|show up|shows up|land|lands)\b",
    # round 30 (batch 58): "Lovely wee day oot for the parcel."
    # round 31 (batch 65): "Very nice holiday for the parcel."
    r"\b(day|trip|jolly|holiday|outing|tour)( (out|oot|away))? for (the|my|our) (parcel|order|package"
    r"|boots|shoes|trainers|refund|delivery)\b",
    r"\b(parcel|order|package|boots|shoes|trainers|sandals|delivery|refund|it|they)( are"
    # (round 38, batch 141: "so my parcel can take the scenic route to Kent via Glasgow")
    r"| is|'s|'re| must be| seem to be| can| could| will| gets to| got to)? (taking|took|take"
    r"|on|have taken|has taken) the scenic"
    r" route\b",
    # round 30 (batch 56): "our finance team loved spending their afternoon on that one",
    # "Imagine if I'd needed them on time or something.", "am i collecting the set?"
    r"\b(loved|enjoyed|loves|enjoys) spending (my|our|their|his|her|the) (whole |entire )?"
    r"(afternoon|morning|evening|day|weekend|lunch ?break|saturday|sunday|time) (on|chasing"
    r"|sorting|fixing|ringing|on hold|refreshing)\b",
    r"\bimagine if (i|we|you|they)('d| had| did| were| was)\b[^.?!]{0,40}\b(on time|in time"
    r"|the right|to work|working)\b|\bcollecting the (whole )?set\b",
    # round 30 (batch 54): "love how fast u take the money and how slow u give it back"
    r"\b(fast|quick|quickly|speedy|swift|swiftly|happy|keen|quick enough)\b[^.?!]{0,25}\btak(e|es|ing|en) (the |my |our |people'?s |your customers'? )?money\b[^.?!]{0,40}\b(slow|slowly|ages|forever|never|not)\b",
    # round 11: "amazing how quickly the marketing emails arrive...", "such fun"
    r"\b(amazing|incredible|funny|impressive|remarkable) how\b|\bsuch fun\b|\bkeeps? life (exciting|interesting)\b",
    r"\b(great|nice|good|fantastic|brilliant|stellar|amazing|awesome|excellent|outstanding|wonderful|lovely|super|superb|top) (job|work|service|going|one|stuff|system)\b",
    # round 12, after reading batch 16: "what a treat", "bold choice to lob the box
    # over the gate", "really impressed that the warehouse move swallowed my order"
    r"\bwhat a treat\b|\bbold (choice|move|decision|strategy)\b|\bimpressed that\b",
    r"\b(love|loving|enjoy|enjoying) (it )?(how|that|when|the way|waiting|being)\b",
    # round 16 (batch 29): "loving the suspense of your customer service... Stay
    # tuned!", "a perfect record: five attempts, five error pages"
    r"\b(love|loving|enjoy|enjoying) the (suspense|mystery|silence|radio silence|guessing"
    r" game|cliffhanger)\b|\bstay tuned\b|\bperfect record\b|\bfault the consistency\b"
    # round 26 (batch 49): "the suspense of wondering if they'd turn up before curtain
    # up", "I do appreciate the sense of adventure" (of a parcel sent to Aberdeen)
    r"|\bthe suspense of (wondering|waiting|not knowing|guessing|refreshing)\b"
    r"|\b(appreciate|love|admire|enjoyed?) the sense of adventure\b",
    # round 19 (batch 35): "my boss's handbag has been on a grand tour of three depots
    # this week. Perhaps it'll send a postcard... if anyone fancies finding it"
    r"\b(tour|sightseeing|holiday|road trip|adventure)s? (of|round|around) (\w+ ){0,3}"
    r"(depots?|hubs?|warehouses?|sorting (centres?|offices?)|the building|the shop"
    r"|the store)\b|\bsend (me |us )?a"
    r" postcard\b|\bif anyone fancies (finding|looking for|tracking)\b",
    r"\b(so|very|really|super|such) (helpful|useful|reliable|efficient|professional)\b.{0,30}(not|\.\.\.|\?|!|/s|🙄|🙃|😒)",
    r"\byeah,? right\b",
    r"\bas (always|usual)\b",
    r"\bonce again\b",
    r"\bclassic\b",
    r"\bwhat a (surprise|shock)\b",
    r"\bshocker\b",
    r"\bsurprise,? surprise\b",
    r"/s\b",
    r"🙄|🙃|😒|👏|🤦|🤥|😤|😡|🤬|😠|💩|🖕",
    r"\bcan'?t wait\b.{0,25}\b(another|again|weeks?|months?|forever)\b",
    r"\bgood luck (with|getting)\b",
    r"\b(exactly what i (needed|wanted))\b.{0,20}(not|\.\.\.|/s)",
    r"\bthe best\b.{0,40}\b(not|never|late|broken|lost|waiting)\b",
    r"\b(awesome|great|brilliant|fantastic|lovely|perfect|amazing|nice|wonderful|superb|genius)[.!]*$",
    r"\b(impressive|well done|bravo|slow clap|ten out of ten|10/10|top marks|gold star|nice one|good one|must be nice|so glad|so pleased|how lovely|thrilled|cheers for|thanks so much for|really appreciate|appreciate being|nice to know|good to know|great to know)\b",
    r"^(oh |wow,? |well,? )?(great|lovely|wonderful|perfect|brilliant|fantastic|super|marvellous|terrific|excellent|amazing|awesome)\s*[,!.]",
    r"\b(another|more|the usual|same old|yet another|the (second|third|fourth|fifth|\w+th))\s+['\"\u2018\u201c]",
    r"\b(how|so|very|really) (kind|helpful|nice|thoughtful|generous|good) of (you|u)\b",
    r"\bif you (like|love|enjoy) (waiting|being|paying|chasing|talking|repeating)\b",
    r"\bspoil(s|ing)? (us|me)\b|\b(stars?|points|marks) for (creativity|imagination|effort|originality|trying)\b",
    r"\bmore of a (suggestion|guideline|rough guide)\b|\b(appreciate|love) (being|getting) (told|sent|ignored|left|passed|fobbed)\b",
    r"\b(must be (nice|lovely|great|fun)|nice to see|glad to (hear|see|know)|so pleased i|impressed (by|with) how|cheers for the|thanks for the (prompt|quick|speedy|fast|swift))\b",
    # round 11: praise of the timing, said of a failure ("perfect timing, the
    # bridesmaid shoes are due a week after the wedding": DIET complaint, learned 0.29,
    # answered warmly as praise); every such row the team wrote is sarcasm
    r"\b(perfect|great|brilliant|excellent|impeccable|nice|good|lovely|superb|fantastic"
    r"|amazing) timing\b",
    # round 6: service compared with a pet or an object ("more replies from my cat")
    r"\b(more|faster|quicker|better|sooner)\b[^.?!]{0,30}\b(from|than|out of) (my|a|the)"
    r" (cat|dog|goldfish|hamster|parrot|toddler|brick wall|wall|snail|tortoise|sloth"
    r"|pigeon|potato|rock)\b",
    # round 14: "whoever decided smaller biscuits were a good idea, thank you"
    WHOEVER_THOUGHT,
    # round 18 (batch 33): "Who doesn't love a mystery fee?"
    r"\bwho doesn'?t love\b",
    # round 22 (batch 42): "Riveting reading.", "My mum really enjoyed the blisters."
    r"\b(riveting|gripping|thrilling|scintillating) (reading|read|stuff|content)\b"
    r"|\b(really |thoroughly |just )?(enjoyed|loved) (the|my|her|his|their) (blisters"
    r"|rash|sore feet|wet feet|soggy socks|wait|delay|queue)\b",
    # round 23 (batch 44): "Thanks for the 'waterproof' hiking boots, I now have a
    # handy built-in foot bath"
    r"\bthanks? (you )?(so much |a lot )?for (the|my|our|these|those|your) ['\"\u2018\u201c]",
    # round 21 (batch 39): "Must be a new kind of maths."
    r"\b(new|interesting|creative|funny|fuzzy) (kind|type|sort|form) of (maths|math"
    r"|arithmetic|counting)\b|\bcreative (maths|math|accounting|arithmetic)\b",
    # round 32 (batch 68): "three separate boxes, each one stuffed with bubble wrap.
    # Really feeling the eco vibes."
    r"\bfeeling the (eco|green|sustainable|environmental|planet[- ]friendly)\b",
    # round 32 (batch 73): "Verdict: Very joined up, love it"
    r"\b(very|really|so|nicely|beautifully|wonderfully) joined[- ]up\b",
    # round 32 (batch 82): "Oh the exchange went super smoothly, thanks. P.S. By
    # 'smoothly' I mean..."
    r"\bby ['\"\u2018\u201c][\w ]{2,20}['\"\u2019\u201d],? i (mean|meant)\b",
    # round 32 (batch 79): "Really timed that one perfectly for us, cheers.", "Thanks
    # for the free foot bath on my first walk."
    r"\btimed (that|this|it) (one )?(perfectly|brilliantly|beautifully|to perfection)\b",
    r"\bthanks? (you )?(so much |a lot )?for the (free |complimentary |bonus |surprise )?"
    r"(foot ?bath|paddling pool|pedicure|swim)\b",
    # round 36 (batch 108): "Thanks so much for refunding me 43p for my £89 boots.
    # Don't spend it all at once."
    r"\bdon'?t spend it all at once\b",
)

POSITIVE_WORDS: frozenset[str] = frozenset(
    {
        "great",
        "awesome",
        "love",
        "loving",
        "loved",
        "thanks",
        "thank",
        "nice",
        "amazing",
        "perfect",
        "brilliant",
        "wonderful",
        "fantastic",
        "excellent",
        "good",
        "best",
        "lovely",
        "happy",
        "glad",
        "superb",
        "stellar",
        "helpful",
        "appreciate",
        "cheers",
        "pleased",
        "impressed",
        "delighted",
        "chuffed",
        "satisfied",
        "comfy",
        "comfortable",
    }
)

# "well" is praise only in these phrases (round 13): not in "well past 8 PM", "well
# now I'm told...", "oh well", "I hope you're well".
# Praise said by negating a let-down (round 39, batch 133: "Quality no dey disappoint.")
NEVER_DISAPPOINTS = r"\b(never|no dey|doesn'?t|does not|didn'?t|did not|won'?t|will not) disappoint(s|ed)?\b"
PRAISE_WELL = (
    r"\b(very|really|so|too|fits?|fitted|fitting|went|goes|going|works?|worked|working"
    r"|done|packed|made|pretty|wear|wears|wearing|worn|held|holding) well\b"
    r"|\bwell (done|made|packed|worth|priced|looked after|cushioned)\b"
    # round 33 (batch 88): "Worth every penny - I'm converted."
    r"|\bworth every (penny|pound|cent)\b"
    # round 45 (batch 207): "I've bought every pair of work shoes from you since. Just
    # wanted you to know that kind of thing sticks with people."
    r"|\b(i'?ve|we'?ve|i have|we have) bought (every|each|all (my|our)) (pair|shoe|boot)"
    r"[\w ]{0,30} from (you|your \w+) (ever )?since\b"
    r"|\b(that|this) (kind|sort) of (thing|service|care) (sticks|stays) with (people"
    r"|you|me|customers)\b"
    # round 39 (batch 133): "Quality no dey disappoint."
    r"|"
    + NEVER_DISAPPOINTS
    # round 39 (batch 162): "Won't buy anywhere else."
    + r"|\b(won'?t|will not|wouldn'?t|never) (buy|shop|go) (anywhere|from anyone) else\b"
    # round 39 (batch 153): "Been buying from you since 2015 and never had one issue."
    r"|\bnever (had|once had) (one|a single|an|any) (issue|problem|complaint|fault)s?\b"
    # round 34 (batches 83, 84, 94 and 95): "the Tamsin bag has held up beautifully",
    # "Shout-out for your agent Priya", "... Quality.", "These boots are the bollocks"
    r"|\b(held|holding|holds|stood|standing|stands) up (beautifully|brilliantly|perfectly"
    r"|really well|so well|superbly|amazingly)\b"
    r"|\bshout-?\s?outs? (for|to)\b"
    r"|(^|[.!]\s+)(top |proper |real |pure )?quality[.!]*\s*$"
    r"|\b(are|is|'re|'s) the (dog'?s )?bollocks\b"
    # round 35 (batch 101): "The deck boots took everything a winter of scallop
    # dredging threw at them."
    r"|\btook (everything|all|whatever) ([\w']+ ){0,8}threw at (them|it|me)\b"
    # round 35 (batches 93 and 102): "Resole came back on my six-year-old work boots
    # and they look brand new", "That's how it should be done. I'll be a customer for
    # life."
    r"|\b(look|looks|looked|looking) (brand new|like new|as good as new|new again)\b"
    r"|\bthat'?s how it (should|ought to) be done\b|\b(a|be your) customer for life\b"
    # round 37 (batch 107): "Whoever designed them knows what they're doing."
    r"|\b(whoever|the people who|the person who|the team that|the team who) (designed|made"
    r"|makes|built|builds) (them|these|those|this|it)\b[^.?!]{0,20}\bknows? what"
    r" (they'?re|they are|he'?s|she'?s|he is|she is) doing\b"
    # round 38 (batches 116 and 117): "fit like a glove", "The resole on my brogues is
    # perfect, you'd never guess they were 8 years old.", "Honestly the easiest click
    # and collect I've ever done"
    r"|\b(fit|fits|fitted|fitting) like a glove\b"
    # (batch 137: "... didn't even have to ask twice. Made up.")
    r"|(^|[.!]\s+)(i'?m |well |dead |proper |so )?made up[.!]*\s*$"
    r"|\bcanny (service|job|shop|staff|lads?|lasses?|quick)\b"
    r"|\b(you'?d|you would|you'?ll|you will|nobody would|no one would|you'?d) never"
    r" (guess|know|tell)\b(?! (what|why|how|where|when|if|whether)\b)"
    r"|(\bthe |^|[.!]\s+)(easiest|smoothest|simplest|quickest|fastest|friendliest|comfiest"
    r"|best)"
    r" ([\w-]+ ){1,4}(i'?ve|i have|we'?ve|we have) ever (done|had|used|made|bought|worn"
    r"|owned|dealt with)\b"
    # round 40 (batch 170): "Re your email asking for feedback: ten out of ten."
    r"|\b(ten|10) out of (ten|10)\b|(?<![\d/])10/10\b"
    # round 40 (batch 168): "two resoles, countless committals. A fine shoe."
    r"|\ba fine (shoe|boot|pair|bag|product|piece of work)\b"
    # round 40 (batch 174): "he hasn't taken them off in a week... Highest honour he
    # gives", "A brief note of appreciation... showing its age, handsomely"
    r"|\b(hasn'?t|has not|haven'?t|have not) taken (them|it) off\b"
    r"|\bhighest (honour|honor|praise|compliment)\b|\bnote of (appreciation|thanks)\b"
    # round 40 (batches 169 and 175): "That's how you keep a customer", "your repair
    # team, who have brought my 1990s boots back to life", "5 stars for the Finsbury
    # brogues" (not "fair play to" or "credit where it's due": said in sarcasm too)
    r"|\bthat'?s how you keep (a|your) customers?\b"
    r"|\b(brought|bring|brings|bringing) (\w+ ){0,4}back to life\b"
    r"|(?<!give )(?<!gave )(?<!giving )(?<!be )\b(5|five) stars? (for|to)\b"
    # round 40 (batches 171 and 174): "the first shoe that's looked sharp at 7pm", "the
    # gift wrapping y'all did was real pretty"
    r"|\b(look|looks|looked|looking) (so |really |very )?sharp\b"
    # round 41 (batches 179 and 185): "still buying them. Never let me down once.", "He
    # knew his stuff."
    r"|\b(never|not once|hasn'?t once|haven'?t once) (let|lets|letting) (me|us) down\b"
    r"|\b(knew|knows|know) (his|her|their) stuff\b"
    r"|\b(real|really|so|very) pretty\b(?! (bad|poor|awful|rubbish|useless|terrible"
    r"|annoying|disappointing|shocking|slow|late|grim|dire|basic|flimsy|thin|cheap))"
    # round 41 (batch 179): "on my feet Tuesday afternoon on site. Cracking service, lads."
    # (not "cracking job": sarcasm as often, "Cracking job by your courier, leaving the
    # box on top of the school wheelie bin")
    r"|\bcracking (service|stuff|boots|shoes|trainers|pair|team|staff|value|quality)\b"
    # round 42 (batches 188 to 190): "Whoever your courier is, give him a pay rise.",
    # "fits perfectly. Can't ask for more than that", "got it right first go", "heaps
    # good" (not "give him a medal": sarcasm as often; not "didn't get it right first
    # time")
    r"|\bgive (him|her|them|that \w+|the \w+) a (pay ?rise|raise|bonus)\b"
    r"|\b(can'?t|cannot|couldn'?t) (ask|wish) for (any(thing)? )?more\b"
    r"|(?<!n't )(?<!not )(?<!never )\b(got|get|getting) it right (the )?first (go|time)\b"
    r"|\bheaps good\b"
    # round 46 (batch 235): "your boots still outlast everything else. My current pair
    # has done five winters"
    r"|(?<!n't )(?<!not )(?<!never )\b(still |always )?outlasts? (everything|every other"
    r"|anything|all the)\b"
    r"|\b(pair|boots|shoes|trainers) (has|have) (now )?done (\w+ ){0,2}(winters|seasons"
    r"|years)\b"
)
# A praise word negated ("Wasn't helpful.", "Not great."): no praise (round 37).
NEGATED_PRAISE = (
    r"\b(not|wasn'?t|isn'?t|weren'?t|aren'?t|hardly|never|not (very|so|that|too|exactly"
    r"|really))( (very|so|that|too|exactly|really))? (great|good|helpful|happy|impressed"
    r"|ideal|amazing|brilliant|nice|pleased|useful|impressive|ace|fab|fantastic)\b"
)
# Words and emoji that make a message read as praise; the NLU's "praise" without any of
# them gets a neutral reply, not a cheerful one (off-topic or negative text it misread).
PRAISE_WORDS: frozenset[str] = frozenset(
    {
        "love",
        "loves",
        "adore",
        "adores",
        "gorgeous",
        "beautiful",
        "stunning",
        "comfiest",
        # round 41 (batches 178-185): "I just had the nicest chat with Dev"
        "nicest",
        "kindest",
        "friendliest",
        "loveliest",
        "cosy",
        "cosiest",
        "cozy",
        "fab",
        "fabulous",
        "recommend",
        "impressive",
        "quick",
        "quickly",
        "fast",
        "spot",
        "warmest",
        "smooth",
        # round 24 (batch 46): "one of the smoothest I've used"
        "smoothest",
        "slickest",
        "seamless",
        "effortless",
        "top",
        "stars",
        "compliments",
        "favourite",
        "favorite",
        "super",
        "pleasure",
        "painless",
        "easy",
        "fan",
        "survived",
        "sorted",
        "appreciated",
        "worth",
        "satisfied",
        "10/10",
        # round 9: more words of praise ("so grateful", "legends", "buzzing")
        "grateful",
        "legend",
        "legends",
        "buzzing",
        "stoked",
        "thrilled",
        "lifesaver",
        "faultless",
        "flawless",
        "outstanding",
        "incredible",
        "phenomenal",
        "hero",
        "heroes",
        "gem",
        # round 10: praise in other words and slang ("couldn't be happier", "a dream",
        # "elite", "ace", "banging", "obsessed", "fits perfectly")
        "happier",
        "happiest",
        "perfectly",
        "dream",
        "elite",
        "ace",
        "banging",
        "obsessed",
        "glove",
        "spotless",
        # round 14 (batch 21): "these trainers are actually so peng 🔥"
        "peng",
        "exemplary",
        # batch 25: "I would like to commend the young man... most courteous",
        # "You're magic."
        "commend",
        "empathetic",
        "courteous",
        "magic",
        # round 15 (batch 26): "to express my gratitude for the exceptional repair"
        "exceptional",
        "exceptionally",
        "gratitude",
        # round 19 (batch 34): "resole job = perfection" (not the adverbs: "held up
        # brilliantly" is praise, but "they keep the water in beautifully" and
        # "brilliantly waterproof, if by waterproof you mean..." are sarcasm, and a
        # praise word raises the learned model's bar)
        "perfection",
        # round 20 (batch 36): regional praise ("trainers are wicked mate", "Tidy job
        # on the resole")
        "wicked",
        "tidy",
        "mint",
        # round 38 (batch 137): "Canny service yous... Champion."
        "champion",
        # round 36 (batches 99 and 109): "Kudos to your team!... Such a pleasant
        # experience.", "These trainers damn shiok."
        "kudos",
        "pleasant",
        "shiok",
    }
)
PRAISE_EMOJI: tuple[str, ...] = (
    "❤",
    "😍",
    "👍",
    "🙏",
    "😊",
    "🥰",
    "⭐",
    "👌",
    "🙌",
    "💯",
)

# A word of time or repetition stressed in capitals in a message otherwise in lower
# case (round 28, batch 52: "the football boots ... arrived the day AFTER the
# tournament. Perfect timing as always."): the stress of sarcasm, a problem word too.
STRESSED_PROBLEM = (
    r"(?<![A-Za-z'])(AFTER|AGAIN|STILL|LATE|TWICE|WEEKS|MONTHS|YET)(?![A-Za-z'])"
)
# Words that tell of a problem: NLU "praise" holding one ("great to hear my complaint is
# being looked at, a week later") gets the neutral reply, not the cheerful one.
PROBLEM_CUES: frozenset[str] = frozenset(
    {
        "complaint",
        "complaints",
        "late",
        "later",
        "delay",
        "delayed",
        "waiting",
        "waited",
        "wrong",
        "missing",
        "lost",
        "broken",
        "damaged",
        "cancelled",
        "canceled",
        "finally",
        "excuses",
        "apparently",
        "nothing",
        # round 6: damage and disappearance in neutral words
        "rip",
        "ripped",
        "torn",
        "hole",
        "holes",
        "dent",
        "dented",
        "scratched",
        "scuffed",
        "stained",
        "cracked",
        "vanished",
        "vanishes",
        "disappeared",
        "disappears",
        # round 9: an account that keeps its owner out
        "locked",
        # round 29 (batch 53): "Apologies for chasing, but the items I returned..."
        "chasing",
        "chased",
    }
)
# What praise must be about to get the cheerful reply (round 9): us, our people, our
# service or our goods. "I LOVE paying so much for gas" and "the great British
# weather" are not praise of the shop (often sarcasm about something else).
PRAISE_TARGETS = (
    # round 23: not someone else's team ("Boris Johnson is a great leader and all his
    # team stick to the covid rules")
    # round 29 (iSarcasm): not thanks to the heavens or to others ("thank the lord for
    # filters", "we should thank them more often")
    # round 30 (iSarcasm): not a person's looks ("you look fantastic for your age",
    # "my hair colour")
    r"@|\b(you(?! look\b)|your(?! age\b)|yours|you'?re|you'?ve|u|ur|y'?all"
    r"|thank(?! (the lord|god|goodness|heavens|my lucky|them|him|her)\b)|thanks|cheers|ta"
    r"|(?<!his )(?<!her )(?<!their )(team|staff)"
    r"|shops?|stores?|site|website|app|bot|chat|orders?|ordered|parcels?|package"
    r"|delivery|delivered|dispatch|courier|driver|postie|service|returns?|returned"
    r"|refund|exchange|swap|fitter|fitting|repair|resoled?|packaging|wrapping|checkout"
    r"|sizing|size|fits?|boots?|shoes?|trainers?|sneakers|sandals?|heels?|slippers?"
    r"|loafers?|brogues|wellies|clogs|runners|jacket|coat|parka|hoodie|tees?|socks?"
    r"|laces|soles?|insoles?|pairs?|quality|prices?|sale|discount|voucher|code"
    r"|collection|range|stock|products?|purchase|bought|buy|arrived|came|sent|wore"
    r"|worn|wear|wearing|comfy|comfiest|comfortable|(?<!hair )(?<!eye )(?<!skin )colou?r"
    # round 32 (batch 77): "LOVE LOVE LOVE the new colourway!!!"
    r"|colou?rways?"
    r"|leather|suede|stars"
    r"|photos?|support|helped|answered|replied"
    # round 20 (batch 36): "the chap on the phone talked me through which styles..."
    r"|chap|bloke|lad|lass|lady|gentleman|phone|branch|counter|styles?|ordering"
    # round 18: "the whole thing was painless", "the handwritten note in the box"
    r"|box|note|experience|process|whole thing)\b"
)
# Thanks or praise that turns at once into a "but" ("thanks for reaching out but ...",
# "they look nice, but..."). Round 10: thanks, in the next sentence too, into "only
# thing is", "unfortunately".
PRAISE_THEN_BUT = (
    # round 13 (batch 22): "The shoes look nice, but the dye turns my feet blue"
    r"\b(nice|lovely|great|good|gorgeous|comfy|comfortable|fine|pretty|beautiful)"
    r"( enough| and all)?,? but\b|"
    r"\b(thanks|thank you|thank u|cheers|ta)\b([^.!?\n]{0,60}\bbut\b|[^\n]{0,80}?"
    r"\b(only (thing|problem|issue|trouble) is|unfortunately|however|except)\b)"
)
# Praise idioms that use those words ("no complaints", "can't go wrong").
PRAISE_IDIOMS = (
    r"\b(no|not a single|not one|zero|without any|without a( single)?) complaints?\b"
    r"|\bnothing to complain"
    r"|\bnothing but\b|\bcan'?t go wrong\b|\bnothing (is |was )?too much\b"
    # round 39 (batch 133): "Quality no dey disappoint."
    r"|"
    + NEVER_DISAPPOINTS
    # round 37 (batch 123): "Was going to say the delivery was slow, but honestly"
    + r"|\b(i )?was going to (say|complain|moan)( that)? [^.?!]{0,40}\bbut\b"
    # round 35 (batch 101): "landed Wednesday, the boots were waiting at home"
    r"|\b(boots|shoes|trainers|sandals|bag|parcel|package|box|order|they|it) ((was|were)"
    # round 46 (batch 217): "ordered at 10pm from a layby, boots waiting at click and
    # collect next afternoon. Cracking service."
    r" )?(already )?waiting (for (me|us) )?(at home|on the (doorstep|mat)"
    r"|at (the )?click (and|&) collect|when (i|we) (got|came) (home|back|in)"
    # round 37 (batch 119): "my order was waiting at the marina office exactly as
    # promised"
    r"|at the ([\w-]+ ){0,2}(office|reception|desk|marina|club ?house|lodge|depot"
    r"|gatehouse|post room))\b"
    # round 14 (batch 23): "I know you mostly hear from people when things go wrong",
    # "your driver, who waited while I hobbled to the door"
    r"|\bwhen (things|something|stuff) (go|goes|went) wrong\b"
    r"|\b(who|and|he|she|they) (patiently )?waited (while|for me|with me|patiently|until"
    r"|as)\b"
    # round 22 (batch 42): "who repaired the strap... while I waited, free of charge"
    r"|\b(repaired|mended|fixed|glued|stitched|restitched|resoled|done|sorted|swapped"
    r"|replaced)\b[^.?!]{0,60}\b(while|as) (i|we|she|he|they) waited\b"
    # round 15 (batch 26): "the repair on my late father's brogues" is no delay
    r"|\b(my|our|his|her|their) late (father|mother|dad|mum|husband|wife|partner|gran"
    r"|grandad|granddad|grandma|grandmother|grandfather|brother|sister|son|daughter|uncle"
    r"|aunt|auntie|friend)\b"
    # round 30 (batch 56): the customer's own body ("My hands don't work well and I
    # can now put my shoes on without waiting for my carer")
    r"|\bmy (hands?|fingers|feet|knees|back|eyes|hips|joints|wrists|legs|ankles)"
    r" (don'?t|doesn'?t|do not|does not|won'?t|can'?t) (work|bend|grip|cooperate|do)"
    r"( (well|properly|very well|like they used to|what they used to|fiddly \w+))?\b"
    r"|\bwithout (having to )?(wait|waiting) for (my|a|the) (carer|husband|wife|partner"
    r"|son|daughter|mum|dad|nurse|helper)\b"
    + "|"
    + UNBLEMISHED
    # round 31 (batch 65): "Box arrived without a single dent."
    # round 40 (batch 170): "ten out of ten. Next-day arrival, right size, nice
    # packaging. Nothing to add."
    + r"|\bnothing (more |else |further )?to add\b"
)
# Polite formulae that are not praise (the learned model's praise rule ignores them).
# Thanks that are praise, not manners (round 14, batch 23: "a massive thank you to
# Priya at the York shop", "can't thank him enough")
HEARTFELT_THANKS = (
    r"\b(massive|huge|big|enormous|heartfelt|special|sincere|biggest) (thank you|thanks)\b"
    r"|\bcan'?t thank (you|him|her|them|the \w+|\w+) enough\b"
    # batch 25: "Shout out to the Cardiff team"
    r"|\b(massive |big |huge )?shout ?-?outs? to\b"
    # round 20 (batch 36): "Thank you, genuinely.", "Made my day.", "got it just right"
    r"|\bthank (you|u),? (genuinely|truly|sincerely|from the bottom of my heart)\b"
    r"|\bmade (my|our|his|her) (day|week|month|year)\b"
    r"|\bgot it (just |exactly |absolutely )(right|spot on)\b"
    # round 21 (batch 40): "Keep doing what you're doing."
    r"|\bkeep (on )?doing what (you'?re|you are) doing\b"
    # round 31 (batch 72, an organisation's formal thanks): "would like to record its
    # appreciation for the generous voucher"
    r"|\b(record|express|extend|convey|offer) (its|our|their|his|her|my) (sincere |warm "
    r"|heartfelt |deep |grateful )?(appreciation|gratitude|thanks)\b"
)
POLITE_FORMULAE = (
    r"\bgood (morning|afternoon|evening|day)\b|\bthanks?( you)? in advance\b"
    # round 23 (batch 44): sign-offs ("Best wishes, Maureen")
    r"|\bbest (wishes|regards)\b|\ball the best\b"
    r"|\b(would|'d) appreciate\b|\bappreciate (it|any|your|a)\b"
    r"|\bhope (you're|you are|all is|all's) (well|good)\b|\bas well\b"
    # round 33 (batch 75's and 76's misses): a polite ask and leaving for good are no
    # praise ("I'd be grateful if the delivery fee could be refunded", "going back to
    # my old shoe shop for good"; each had raised the learned model's bar to praise's)
    r"|\b(would|'d) be (very |really |most |so )?(grateful|thankful)\b|\bfor good\b"
    r"|\b(on|at|to|from) (the )?top\b|\btop (of|up)\b"
)
# A question that is praise, asking nothing (round 33, batch 86: "Can I just say how
# comfy these trainers are?", "Who packs your parcels? Because the little handwritten
# note made my day.", "Could you pass on a thank-you to the staff in your Norwich
# branch?"): matched against one sentence, from its start.
RHETORICAL_PRAISE_QUESTION = (
    # (not "Can I add a pair to my order?", "Can I say which day?")
    r"(can|could) i just say\b|may i (just )?say\b"
    r"|(could|can|would|will) you (please |kindly )?pass (on )?(a |my |our |this |these )?"
    r"(huge |big |massive |heartfelt )?(thank[- ]?you|thanks|compliments?|gratitude"
    r"|praise)\b"
    r"|is (it|there (any way|a way)) (possible )?(to )?give\b[^?]{0,60}\b(a gold star|a medal"
    r"|a pay ?rise|a raise|a bonus|a promotion|an award)\b"
    r"|(isn'?t|is not|wasn'?t) (it|that) (so )?(nice|lovely|great|brilliant|wonderful"
    r"|refreshing)\b|who knew\b"
    r"|(who|whoever) (packs|packed|designs|designed|came up with|thought (of|up)|writes"
    r"|wrote|picks|picked|chose|chooses) (your|the|those|these) "
    r"|how did (your|you|the)\b[^?]{0,80}\b(back to life|so quickly|so fast|so well)\b"
)
# Detector signals that make a praise reply unsafe: a problem, even a weak one. Upset
# words and negative sentiment are left to the score (a praise message with enough of
# them is "annoyed" and handed off by the reply guard; below that they are noise).
PROBLEM_SIGNALS: frozenset[str] = frozenset(
    {"insult", "threat", "service_failure", "sarcasm", "learned_complaint"}
)

# Words spelled in capitals that are not shouting (brands, carriers, abbreviations).
CAPS_ALLOWED: frozenset[str] = frozenset(
    {
        "UPS",
        "DHL",
        "DPD",
        "USPS",
        "UK",
        "USA",
        "US",
        "EU",
        "OK",
        "ID",
        "PIN",
        "FAQ",
        "GBP",
        "USD",
        "EUR",
        "PM",
        "AM",
        "TV",
        "DM",
        "NHS",
        "ASAP",
        "XL",
        "XXL",
        "XS",
        "SMS",
        "UPC",
        "TNT",
        "EVRI",
        "API",
        "PDF",
        "UTC",
        "BST",
        "GMT",
        "IOS",
        "RN",
    }
)
