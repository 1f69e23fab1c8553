"""Small built-in lists of places, leaders, names and sayings: where distractors come from
when the article itself does not name enough things of a kind."""

from __future__ import annotations

COUNTRIES: tuple[str, ...] = (
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bhutan",
    "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Bulgaria", "Cambodia",
    "Cameroon", "Canada", "Chile", "China", "Colombia", "Costa Rica", "Croatia", "Cuba",
    "Cyprus", "Czech Republic", "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland",
    "France", "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya",
    "Lithuania", "Luxembourg", "Malaysia", "Maldives", "Mali", "Malta", "Mexico", "Moldova",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal",
    "Netherlands", "New Zealand", "Nigeria", "North Korea", "Norway", "Oman", "Pakistan",
    "Panama", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
    "Russia", "Rwanda", "Saudi Arabia", "Senegal", "Serbia", "Singapore", "Slovakia",
    "Slovenia", "Somalia", "South Africa", "South Korea", "Spain", "Sri Lanka", "Sudan",
    "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
    "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam",
    "Yemen", "Zambia", "Zimbabwe", "Britain", "England", "Scotland", "Wales", "Brunei",
)  # fmt: skip

# Major cities; the country helps pick distractors from the same part of the world.
CITIES: dict[str, str] = {
    "Beijing": "China", "Shanghai": "China", "Qingdao": "China", "Guangzhou": "China",
    "Shenzhen": "China", "Wuhan": "China", "Chengdu": "China", "Xiamen": "China",
    "Tianjin": "China", "Hangzhou": "China", "Nanjing": "China", "Xi'an": "China",
    "Hong Kong": "China", "Moscow": "Russia", "Saint Petersburg": "Russia", "Kazan": "Russia",
    "Ufa": "Russia", "Yekaterinburg": "Russia", "Novosibirsk": "Russia", "Sochi": "Russia",
    "Astana": "Kazakhstan", "Almaty": "Kazakhstan", "Bishkek": "Kyrgyzstan",
    "Dushanbe": "Tajikistan", "Tashkent": "Uzbekistan", "Samarkand": "Uzbekistan",
    "New Delhi": "India", "Delhi": "India", "Mumbai": "India", "Bangalore": "India",
    "Islamabad": "Pakistan", "Karachi": "Pakistan", "Lahore": "Pakistan", "Kabul": "Afghanistan",
    "Tehran": "Iran", "Minsk": "Belarus", "Ulaanbaatar": "Mongolia", "Ashgabat": "Turkmenistan",
    "Baku": "Azerbaijan", "Yerevan": "Armenia", "Tbilisi": "Georgia", "Ankara": "Turkey",
    "Istanbul": "Turkey", "Tokyo": "Japan", "Osaka": "Japan", "Kyoto": "Japan",
    "Seoul": "South Korea", "Busan": "South Korea", "Pyongyang": "North Korea",
    "Hanoi": "Vietnam", "Bangkok": "Thailand", "Jakarta": "Indonesia", "Manila": "Philippines",
    "Kuala Lumpur": "Malaysia", "Singapore": "Singapore", "Dhaka": "Bangladesh",
    "Kathmandu": "Nepal", "Colombo": "Sri Lanka", "Riyadh": "Saudi Arabia", "Dubai":
    "United Arab Emirates", "Abu Dhabi": "United Arab Emirates", "Doha": "Qatar",
    "Cairo": "Egypt", "Nairobi": "Kenya", "Lagos": "Nigeria", "Johannesburg": "South Africa",
    "Cape Town": "South Africa", "Addis Ababa": "Ethiopia", "London": "United Kingdom",
    "Manchester": "United Kingdom", "Edinburgh": "United Kingdom", "Paris": "France",
    "Lyon": "France", "Marseille": "France", "Berlin": "Germany", "Munich": "Germany",
    "Hamburg": "Germany", "Frankfurt": "Germany", "Madrid": "Spain", "Barcelona": "Spain",
    "Rome": "Italy", "Milan": "Italy", "Turin": "Italy", "Vienna": "Austria",
    "Geneva": "Switzerland", "Zurich": "Switzerland", "Brussels": "Belgium",
    "Amsterdam": "Netherlands", "Rotterdam": "Netherlands", "Copenhagen": "Denmark",
    "Stockholm": "Sweden", "Oslo": "Norway", "Helsinki": "Finland", "Warsaw": "Poland",
    "Prague": "Czech Republic", "Budapest": "Hungary", "Athens": "Greece", "Lisbon": "Portugal",
    "Dublin": "Ireland", "Kyiv": "Ukraine", "Washington": "United States",
    "New York": "United States", "Los Angeles": "United States", "Chicago": "United States",
    "Houston": "United States", "Boston": "United States", "Seattle": "United States",
    "San Francisco": "United States", "Denver": "United States", "Atlanta": "United States",
    "Miami": "United States", "Philadelphia": "United States", "Portland": "United States",
    "Toronto": "Canada", "Montreal": "Canada", "Vancouver": "Canada", "Ottawa": "Canada",
    "Mexico City": "Mexico", "Sao Paulo": "Brazil", "Rio de Janeiro": "Brazil",
    "Brasilia": "Brazil", "Buenos Aires": "Argentina", "Santiago": "Chile", "Lima": "Peru",
    "Bogota": "Colombia", "Sydney": "Australia", "Melbourne": "Australia",
    "Canberra": "Australia", "Brisbane": "Australia", "Perth": "Australia",
    "Auckland": "New Zealand", "Wellington": "New Zealand",
}  # fmt: skip

REGIONS: tuple[str, ...] = (
    "Asia", "Europe", "Africa", "North America", "South America", "Latin America",
    "Central Asia", "South Asia", "East Asia", "Southeast Asia", "Middle East", "Eurasia",
    "Oceania", "Antarctica", "Arctic", "Pacific", "Atlantic", "Balkans", "Caucasus",
    "Scandinavia", "Siberia", "Mars", "Moon", "Jupiter", "Saturn", "Venus", "Mercury",
)  # fmt: skip

# National leaders, for distractors when a head of state is the answer: (full name, surname).
LEADERS: tuple[tuple[str, str], ...] = (
    ("Xi Jinping", "Xi"), ("Vladimir Putin", "Putin"), ("Narendra Modi", "Modi"),
    ("Kassym-Jomart Tokayev", "Tokayev"), ("Shavkat Mirziyoyev", "Mirziyoyev"),
    ("Emomali Rahmon", "Rahmon"), ("Sadyr Japarov", "Japarov"), ("Imran Khan", "Khan"),
    ("Alexander Lukashenko", "Lukashenko"), ("Recep Tayyip Erdogan", "Erdogan"),
    ("Emmanuel Macron", "Macron"), ("Angela Merkel", "Merkel"), ("Olaf Scholz", "Scholz"),
    ("Joe Biden", "Biden"), ("Barack Obama", "Obama"), ("Justin Trudeau", "Trudeau"),
    ("Boris Johnson", "Johnson"), ("Fumio Kishida", "Kishida"), ("Moon Jae-in", "Moon"),
    ("Cyril Ramaphosa", "Ramaphosa"), ("Luiz Inacio Lula da Silva", "Lula"),
    ("Jacinda Ardern", "Ardern"), ("Ebrahim Raisi", "Raisi"), ("Ilham Aliyev", "Aliyev"),
    ("Serdar Berdimuhamedov", "Berdimuhamedov"), ("Ukhnaagiin Khurelsukh", "Khurelsukh"),
)  # fmt: skip

# Invented-sounding but ordinary full names, for distractors when a non-leader is the answer.
PERSON_NAMES: tuple[str, ...] = (
    "Daniel Brooks", "Laura Chen", "Miguel Santos", "Aisha Rahman", "Peter Novak",
    "Hannah Weiss", "Samuel Okafor", "Elena Petrova", "Tom Harris", "Grace Liu", "David Kim",
    "Sofia Rossi", "James Carter", "Nadia Haddad", "Lucas Meyer", "Priya Nair", "Omar Farouk",
    "Julia Martins", "Kevin Walsh", "Mei Tanaka", "Anna Kowalski", "Robert Hughes",
    "Fatima Diallo", "Marco Bianchi", "Sarah Mitchell", "Ivan Sokolov", "Linda Park",
    "Carlos Romero", "Emily Foster", "Yusuf Demir",
)  # fmt: skip

ORGANIZATIONS: tuple[str, ...] = (
    "United Nations", "World Health Organization", "World Trade Organization",
    "World Bank", "International Monetary Fund", "European Union", "African Union",
    "Association of Southeast Asian Nations", "Asian Development Bank",
    "Eurasian Economic Union", "Collective Security Treaty Organization",
    "Shanghai Cooperation Organization", "Organization of Islamic Cooperation",
    "Conference on Interaction and Confidence-Building Measures in Asia",
    "Commonwealth of Independent States", "Organization for Security and Co-operation",
    "International Olympic Committee", "Red Cross", "European Space Agency",
    "National Transportation Safety Board", "Federal Transit Administration",
)  # fmt: skip

# Proverbs and sayings, for distractors when the answer is a quoted saying.
SAYINGS: tuple[str, ...] = (
    "Unity is strength.",
    "Many hands make light work.",
    "Where there is a will, there is a way.",
    "A friend in need is a friend indeed.",
    "Distant water cannot put out a nearby fire.",
    "A single tree does not make a forest.",
    "When people are of one mind, they can move mountains.",
    "Good neighbours are better than distant relatives.",
    "A journey of a thousand miles begins with a single step.",
    "Strength lies in numbers, and wisdom lies in patience.",
    "Where there is trust, friendship will grow.",
    "Where there is peace, prosperity will follow.",
    "He who plants a tree plants a hope.",
    "Actions speak louder than words.",
    "The best time to plant a tree was twenty years ago.",
    "Those who walk together arrive together, and those who quarrel arrive alone.",
    "Trust is built in drops and lost in buckets.",
    "Even the tallest tower starts from the ground.",
)

# Abstract nouns, for distractors when the blank is one word of a slogan or a list.
ABSTRACT_NOUNS: tuple[str, ...] = (
    "unity", "peace", "trust", "harmony", "friendship", "strength", "wisdom", "patience",
    "courage", "prosperity", "security", "stability", "justice", "fairness", "openness",
    "innovation", "progress", "tolerance", "dialogue", "cooperation", "development",
    "education", "culture", "health", "safety", "trade", "science", "technology",
    "solidarity", "equality", "freedom", "respect",
)  # fmt: skip
