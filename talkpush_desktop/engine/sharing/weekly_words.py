"""The weekly statistics email's words in each interface language (no Qt: the engine writes
the email, also from the command line). One dict per language, keyed as English's; a
language or key missing here falls back to English. Placeholders are ``str.format`` fields.
"""

from __future__ import annotations

from collections.abc import Mapping

EN: dict[str, str] = {
    "decimal": ".",
    "subject": "{company}: your weekly statistics, {span}",
    "heading": "Your weekly statistics",
    "hello": "Hello {reader}, here is how the week went.",
    "text_title": "Weekly statistics for {reader}, {span}",
    "added": "Added",
    "completed": "Completed",
    "shortlisted": "Shortlisted",
    "rejected": "Rejected",
    "pass_rate": "Pass rate",
    "participation_rate": "Participation rate",
    "processing": "Your processing time",
    "no_decision": "You made no decision on a completed interview this week.",
    "within": "Within the {target}-hour target ({count} {noun}).",
    "over": "{late} h over the {target}-hour target ({count} {noun}).",
    "decision": "decision",
    "decisions": "decisions",
    "overview_chart": "Campaign performance overview",
    "rates_chart": "Pass & participation rate",
    "footer": "Rates are the week's cohorts: pass = shortlisted of those who completed, "
    "participation = completed of those invited. You receive this email because Receive "
    "Weekly Statistics Email is on in your company profile.",
    "days": "Mon Tue Wed Thu Fri Sat Sun",
    "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}

ES: dict[str, str] = {
    "decimal": ",",
    "subject": "{company}: tus estadísticas semanales, {span}",
    "heading": "Tus estadísticas semanales",
    "hello": "Hola {reader}, así fue la semana.",
    "text_title": "Estadísticas semanales de {reader}, {span}",
    "added": "Añadidos",
    "completed": "Completados",
    "shortlisted": "Preseleccionados",
    "rejected": "Rechazados",
    "pass_rate": "Tasa de aprobación",
    "participation_rate": "Tasa de participación",
    "processing": "Tu tiempo de procesamiento",
    "no_decision": "No tomaste ninguna decisión sobre una entrevista completada esta semana.",
    "within": "Dentro del objetivo de {target} horas ({count} {noun}).",
    "over": "{late} h por encima del objetivo de {target} horas ({count} {noun}).",
    "decision": "decisión",
    "decisions": "decisiones",
    "overview_chart": "Resumen del rendimiento de las campañas",
    "rates_chart": "Tasa de aprobación y de participación",
    "footer": "Las tasas son las cohortes de la semana: aprobación = preseleccionados entre "
    "quienes completaron, participación = completados entre los invitados. Recibes este "
    "correo porque «Recibir el correo de estadísticas semanales» está activado en el perfil "
    "de tu empresa.",
    "days": "lun mar mié jue vie sáb dom",
    "months": "ene feb mar abr may jun jul ago sept oct nov dic",
}

FIL: dict[str, str] = {
    "decimal": ".",
    "subject": "{company}: ang iyong lingguhang estadistika, {span}",
    "heading": "Ang iyong lingguhang estadistika",
    "hello": "Kumusta {reader}, ganito ang naging takbo ng linggo.",
    "text_title": "Lingguhang estadistika para kay {reader}, {span}",
    "added": "Naidagdag",
    "completed": "Natapos",
    "shortlisted": "Na-shortlist",
    "rejected": "Tinanggihan",
    "pass_rate": "Antas ng pagpasa",
    "participation_rate": "Antas ng paglahok",
    "processing": "Iyong oras ng pagproseso",
    "no_decision": "Wala kang naging desisyon sa natapos na interview ngayong linggo.",
    "within": "Pasok sa {target}-oras na target ({count} {noun}).",
    "over": "{late} h lampas sa {target}-oras na target ({count} {noun}).",
    "decision": "desisyon",
    "decisions": "desisyon",
    "overview_chart": "Pangkalahatang-tanaw ng performance ng mga campaign",
    "rates_chart": "Antas ng pagpasa at paglahok",
    "footer": "Ang mga antas ay mula sa mga cohort ng linggo: pagpasa = na-shortlist sa mga "
    "nakatapos, paglahok = nakatapos sa mga inimbitahan. Natatanggap mo ang email na ito "
    "dahil naka-on ang Receive Weekly Statistics Email sa iyong company profile.",
    "days": "Lun Mar Miy Huw Biy Sab Lin",
    "months": "Ene Peb Mar Abr May Hun Hul Ago Set Okt Nob Dis",
}

PT: dict[str, str] = {
    "decimal": ",",
    "subject": "{company}: suas estatísticas semanais, {span}",
    "heading": "Suas estatísticas semanais",
    "hello": "Olá {reader}, veja como foi a semana.",
    "text_title": "Estatísticas semanais de {reader}, {span}",
    "added": "Adicionados",
    "completed": "Concluídos",
    "shortlisted": "Pré-selecionados",
    "rejected": "Rejeitados",
    "pass_rate": "Taxa de aprovação",
    "participation_rate": "Taxa de participação",
    "processing": "Seu tempo de processamento",
    "no_decision": "Você não tomou nenhuma decisão sobre uma entrevista concluída nesta semana.",
    "within": "Dentro da meta de {target} horas ({count} {noun}).",
    "over": "{late} h acima da meta de {target} horas ({count} {noun}).",
    "decision": "decisão",
    "decisions": "decisões",
    "overview_chart": "Visão geral do desempenho das campanhas",
    "rates_chart": "Taxa de aprovação e de participação",
    "footer": "As taxas são as coortes da semana: aprovação = pré-selecionados entre os que "
    "concluíram, participação = concluídos entre os convidados. Você recebe este e-mail "
    "porque Receber e-mail de estatísticas semanais está ativado no perfil da sua empresa.",
    "days": "seg ter qua qui sex sáb dom",
    "months": "jan fev mar abr mai jun jul ago set out nov dez",
}

WORDS: dict[str, dict[str, str]] = {"en": EN, "es": ES, "fil": FIL, "pt": PT}


def words(language: str) -> Mapping[str, str]:
    """The email's words in ``language`` (an interface language code), English for what
    that language lacks."""
    return {**EN, **WORDS.get(language, {})}
