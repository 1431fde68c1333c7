"""The demo's fixed words: first and last names, mail domains, sources, campaigns and their
questions, answers, labels, quick replies, attachments and recruiters.
"""

FIRST = (
    "Maria Jose Juan Ana Mark John Michael Angelica Kristine Paolo Carlo Patricia Camille "
    "Joshua Christian Nicole Jerome Rhea Mary Grace Ramon Liza Daniel Andrea Miguel Sofia "
    "Gabriel Bea Rafael Jasmine Noel Erika Vincent Janine Ariel Trisha Kevin Lea"
).split()
LAST = (
    "Santos Reyes Cruz Bautista Garcia Mendoza Torres Flores Ramos Gonzales Villanueva "
    "Castillo Aquino Navarro Domingo Fernandez Lopez Dela-Cruz Rivera Soriano Manalo "
    "Pascual Salazar Mercado Tan Lim Go Chua Smith Johnson Lee Morales"
).split()
MAIL = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com")
SOURCES = (
    "Career Site",
    "Facebook Lead Ad",
    "Messenger",
    "Google Form",
    "Referral",
    "Indeed",
    "CSV import",
    "Walk-in",
)
CAMPAIGNS = (
    ("Customer Service Representative - Manila", "PH"),
    ("Technical Support Associate - Cebu", "PH"),
    ("Chat Support (Work from Home)", "PH"),
    ("Sales Associate - Davao", "PH"),
    ("Team Leader - BGC", "PH"),
    ("Collections Agent - Pasig", "PH"),
    ("Bilingual Support (Spanish) - Austin", "US"),
)
QUESTIONS = (
    ("Tell us about yourself and why you want to join us.", "audio_text"),
    ("Describe a time you handled an upset customer.", "audio"),
    ("Are you available for night shifts? (yes/no)", "text"),
    ("What are your salary expectations?", "text"),
)
ANSWERS = (
    "Yes, I am available for night shifts.",
    "I have two years of BPO experience.",
    "I handled an upset caller by listening first and offering a fix.",
    "My expected salary is 22,000 PHP.",
    "I enjoy helping people solve problems.",
)
MANUAL_LABELS = (
    ("Bilingual", "#3a86ff"),
    ("Night shift OK", "#6c757d"),
    ("Follow up", "#ef476f"),
    ("Priority", "#ffb703"),
)
QUICK_REPLIES = (
    (
        "Interview reminder",
        "Hi <%= @candidate_first_name %>, a reminder: your interview "
        "with <%= @company %> is tomorrow. Your PIN is <%= @access_code %>.",
    ),
    (
        "Shortlisted",
        "Good news <%= @candidate_first_name %>! You are shortlisted for "
        "<%= @campaign %>. We will call you to set up the next step.",
    ),
    ("Thank you", "Thank you for applying to <%= @company %>, <%= @candidate_first_name %>."),
)
ATTACHMENTS = (
    ("audio", "voice-note-{n}.m4a"),
    ("image", "id-photo-{n}.jpg"),
    ("video", "self-intro-{n}.mp4"),
)
RECRUITERS = ("Ana Lim", "Paolo Garcia", "Rhea Santos", "Mark Tan", "Jasmine Cruz")
MEMBERSHIPS = {
    "Ana Lim": ("Customer Service Representative - Manila", "Chat Support (Work from Home)"),
    "Paolo Garcia": ("Technical Support Associate - Cebu", "Sales Associate - Davao"),
    "Rhea Santos": (
        "Customer Service Representative - Manila",
        "Team Leader - BGC",
        "Collections Agent - Pasig",
    ),
    "Mark Tan": ("Bilingual Support (Spanish) - Austin",),
    "Jasmine Cruz": ("Chat Support (Work from Home)", "Sales Associate - Davao"),
}
"""The campaigns each demo recruiter is a member of (``--user ana.lim@acme-bpo.example``
shows those; the owner sees every campaign)."""
