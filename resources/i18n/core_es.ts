<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalyticsToolbar</name>
    <message>
        <source>Time frame</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the analytics</source>
        <translation>Actualizar las analíticas</translation>
    </message>
    <message>
        <source>Compute the charts again (F5)</source>
        <translation>Volver a calcular los gráficos (F5)</translation>
    </message>
    <message>
        <source>Campaigns to include</source>
        <translation>Campañas que incluir</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
</context>
<context>
    <name>AnalyticsWindow</name>
    <message>
        <source>Analytics status</source>
        <translation>Estado de las analíticas</translation>
    </message>
    <message>
        <source>Analytics &amp; Usage Data</source>
        <translation>Analíticas y datos de uso</translation>
    </message>
    <message>
        <source>Export the analytics to Excel</source>
        <translation>Exportar las analíticas a Excel</translation>
    </message>
    <message>
        <source>Analytics — {company}</source>
        <translation>Analíticas — {company}</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>SMS Breakdown…</source>
        <translation>Desglose de SMS…</translation>
    </message>
    <message>
        <source>Export the SMS breakdown to Excel</source>
        <translation>Exportar el desglose de SMS a Excel</translation>
    </message>
    <message>
        <source>SMS and segments sent per campaign in this time frame</source>
        <translation>SMS y segmentos enviados por campaña en este periodo</translation>
    </message>
    <message>
        <source>Computing analytics</source>
        <translation>Calculando las analíticas</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Computing analytics…</source>
        <translation>Calculando las analíticas…</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Zona horaria: {zone}</translation>
    </message>
    <message>
        <source>The company&apos;s time zone: days and hours of every chart</source>
        <translation>La zona horaria de la empresa: días y horas de todos los gráficos</translation>
    </message>
    <message>
        <source>No activity in {frame}.

No candidate was added, completed or decided in this time frame ({campaigns}). Choose a longer time frame or other campaigns.</source>
        <translation>Sin actividad en {frame}.

Ningún candidato se agregó, completó ni recibió una decisión en este periodo ({campaigns}). Elija un periodo más largo u otras campañas.</translation>
    </message>
    <message>
        <source>The analytics could not be computed: {reason}</source>
        <translation>No se pudieron calcular las analíticas: {reason}</translation>
    </message>
    <message>
        <source>Not computed: {reason}</source>
        <translation>No calculado: {reason}</translation>
    </message>
</context>
<context>
    <name>ApiServerDialog</name>
    <message>
        <source>API Server</source>
        <translation>Servidor de API</translation>
    </message>
    <message>
        <source>Server for this workspace</source>
        <translation>Servidor para este espacio de trabajo</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
</context>
<context>
    <name>ApiServerProcess</name>
    <message>
        <source>the server exited with code {code}</source>
        <translation>el servidor terminó con el código {code}</translation>
    </message>
    <message>
        <source>the server could not be started</source>
        <translation>no se pudo iniciar el servidor</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{chart} chart</source>
        <translation>Gráfico {chart}</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the {chart} chart as PNG</source>
        <translation>Guardar el gráfico {chart} como PNG</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>{chart} plot</source>
        <translation>Trazado de {chart}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Week of {days}</source>
        <translation>Semana del {days}</translation>
    </message>
    <message>
        <source>Campaign performance overview</source>
        <translation>Resumen del rendimiento de las campañas</translation>
    </message>
    <message>
        <source>Candidates added, completed, shortlisted and rejected per day</source>
        <translation>Candidatos agregados, completados, preseleccionados y rechazados por día</translation>
    </message>
    <message>
        <source>Candidates added, completed, shortlisted and rejected per week</source>
        <translation>Candidatos agregados, completados, preseleccionados y rechazados por semana</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>No candidate was added, completed or decided in this time frame.</source>
        <translation>Ningún candidato se agregó, completó ni recibió una decisión en este periodo.</translation>
    </message>
    <message>
        <source>Pass &amp; participation rate</source>
        <translation>Tasa de aprobación y de participación</translation>
    </message>
    <message>
        <source>Share of each day&apos;s first completions shortlisted (pass) and of its first invitations completed (participation), by the frame&apos;s end</source>
        <translation>Proporción de las primeras entrevistas completadas de cada día que fueron preseleccionadas (aprobación) y de sus primeras invitaciones completadas (participación), al final del periodo</translation>
    </message>
    <message>
        <source>Share of each week&apos;s first completions shortlisted (pass) and of its first invitations completed (participation), by the frame&apos;s end</source>
        <translation>Proporción de las primeras entrevistas completadas de cada semana que fueron preseleccionadas (aprobación) y de sus primeras invitaciones completadas (participación), al final del periodo</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aprobación</translation>
    </message>
    <message>
        <source>no completions</source>
        <translation>sin entrevistas completadas</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Tasa de participación</translation>
    </message>
    <message>
        <source>no invitations</source>
        <translation>sin invitaciones</translation>
    </message>
    <message>
        <source>Percent of candidates</source>
        <translation>Porcentaje de candidatos</translation>
    </message>
    <message>
        <source>No invitation or completed interview in this time frame.</source>
        <translation>Ninguna invitación ni entrevista completada en este periodo.</translation>
    </message>
    <message>
        <source>Processing time by campaign</source>
        <translation>Tiempo de procesamiento por campaña</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision, per day</source>
        <translation>Horas promedio desde una entrevista completada hasta la primera decisión, por día</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision, per week</source>
        <translation>Horas promedio desde una entrevista completada hasta la primera decisión, por semana</translation>
    </message>
    <message>
        <source>Campaign {id}</source>
        <translation>Campaña {id}</translation>
    </message>
    <message>
        <source>24 h recommended maximum</source>
        <translation>Máximo recomendado de 24 h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>No candidate was decided after completing in this time frame.</source>
        <translation>Ningún candidato recibió una decisión después de completar en este periodo.</translation>
    </message>
    <message>
        <source>Candidate activity</source>
        <translation>Actividad de los candidatos</translation>
    </message>
    <message>
        <source>Average completed interviews per hour of the day</source>
        <translation>Promedio de entrevistas completadas por hora del día</translation>
    </message>
    <message>
        <source>Completed interviews (daily average)</source>
        <translation>Entrevistas completadas (promedio diario)</translation>
    </message>
    <message>
        <source>Completed interviews</source>
        <translation>Entrevistas completadas</translation>
    </message>
    <message>
        <source>Completed per day</source>
        <translation>Completadas por día</translation>
    </message>
    <message>
        <source>No interview was completed in this time frame.</source>
        <translation>No se completó ninguna entrevista en este periodo.</translation>
    </message>
    <message>
        <source>{value} on average</source>
        <translation>{value} en promedio</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Actividad de los usuarios</translation>
    </message>
    <message>
        <source>Recruiters&apos; actions per hour of the day</source>
        <translation>Acciones de los reclutadores por hora del día</translation>
    </message>
    <message>
        <source>Shortlisting</source>
        <translation>Preselección</translation>
    </message>
    <message>
        <source>Rejecting</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Otras acciones</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>No recruiter action in this time frame.</source>
        <translation>Ninguna acción de reclutadores en este periodo.</translation>
    </message>
    <message>
        <source>User {id}</source>
        <translation>Usuario {id}</translation>
    </message>
    <message>
        <source>Processing volume by user</source>
        <translation>Volumen procesado por usuario</translation>
    </message>
    <message>
        <source>Candidates moved to Shortlisted, Rejected, On Hold or Hired, per user</source>
        <translation>Candidatos movidos a Preseleccionados, Rechazados, En espera o Contratados, por usuario</translation>
    </message>
    <message>
        <source>Candidates processed</source>
        <translation>Candidatos procesados</translation>
    </message>
    <message>
        <source>No recruiter decision in this time frame.</source>
        <translation>Ninguna decisión de reclutadores en este periodo.</translation>
    </message>
    <message>
        <source>1 candidate processed</source>
        <translation>1 candidato procesado</translation>
    </message>
    <message>
        <source>{count} candidates processed</source>
        <translation>{count} candidatos procesados</translation>
    </message>
    <message>
        <source>Processing time by recruiter</source>
        <translation>Tiempo de procesamiento por reclutador</translation>
    </message>
    <message>
        <source>Average hours from a completed interview to the first decision</source>
        <translation>Horas promedio desde una entrevista completada hasta la primera decisión</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Dentro de 24 h</translation>
    </message>
    <message>
        <source>Over 24 h</source>
        <translation>Más de 24 h</translation>
    </message>
    <message>
        <source>Hour of the day ({zone})</source>
        <translation>Hora del día ({zone})</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Campaign performance</source>
        <translation>Rendimiento de las campañas</translation>
    </message>
    <message>
        <source>User performance</source>
        <translation>Rendimiento de los usuarios</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Show the candidates added in the time frame</source>
        <translation>Mostrar los candidatos agregados en el periodo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Show the candidates who completed in the time frame</source>
        <translation>Mostrar los candidatos que completaron en el periodo</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionados</translation>
    </message>
    <message>
        <source>Show the candidates shortlisted in the time frame</source>
        <translation>Mostrar los candidatos preseleccionados en el periodo</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Show the candidates rejected in the time frame</source>
        <translation>Mostrar los candidatos rechazados en el periodo</translation>
    </message>
</context>
<context>
    <name>CompanyProfileDialog</name>
    <message>
        <source>Company Profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Transfer Company Ownership</source>
        <translation>Transferir la propiedad de la empresa</translation>
    </message>
    <message>
        <source>New Manager Account…</source>
        <translation>Nueva cuenta de gerente…</translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation>Mi cuenta…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Weekly Statistics Email</source>
        <translation>Correo semanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Delete the account of %1?</source>
        <translation>¿Eliminar la cuenta de %1?</translation>
    </message>
    <message>
        <source>Make %1 the company&apos;s owner? You will become a manager.</source>
        <translation>¿Hacer a %1 propietario de la empresa? Usted pasará a ser gerente.</translation>
    </message>
</context>
<context>
    <name>CompanySettingsPanel</name>
    <message>
        <source>Company Settings</source>
        <translation>Configuración de la empresa</translation>
    </message>
    <message>
        <source>acme.com, acme.ph (empty: any domain)</source>
        <translation>acme.com, acme.ph (vacío: cualquier dominio)</translation>
    </message>
    <message>
        <source>203.0.113.7, 10.0.0.0/8 (empty: any address)</source>
        <translation>203.0.113.7, 10.0.0.0/8 (vacío: cualquier dirección)</translation>
    </message>
    <message>
        <source>Save Settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Domain whitelist</source>
        <translation>Dominios permitidos</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <translation>Direcciones IP permitidas</translation>
    </message>
    <message>
        <source>This computer&apos;s addresses</source>
        <translation>Direcciones de esta computadora</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>CompanySwitcher</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
</context>
<context>
    <name>DrillTitle</name>
    <message>
        <source>Campaign performance</source>
        <translation>Rendimiento de las campañas</translation>
    </message>
    <message>
        <source>Pass &amp; participation rate</source>
        <translation>Tasa de aprobación y de participación</translation>
    </message>
    <message>
        <source>Candidate activity</source>
        <translation>Actividad de los candidatos</translation>
    </message>
    <message>
        <source>Processing volume</source>
        <translation>Volumen procesado</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Tiempo de procesamiento</translation>
    </message>
    <message>
        <source>Processing time by campaign</source>
        <translation>Tiempo de procesamiento por campaña</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Actividad de los usuarios</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completados</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Tasa de aprobación</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Tasa de participación</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otras</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesados</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <source>wrong email or password</source>
        <translation>correo electrónico o contraseña incorrectos</translation>
    </message>
    <message>
        <source>that account does not exist in this company</source>
        <translation>esa cuenta no existe en esta empresa</translation>
    </message>
    <message>
        <source>you are the owner already</source>
        <translation>usted ya es el propietario</translation>
    </message>
    <message>
        <source>name: a name is needed</source>
        <translation>nombre: se necesita un nombre</translation>
    </message>
    <message>
        <source>current password: it does not match</source>
        <translation>contraseña actual: no coincide</translation>
    </message>
    <message>
        <source>password: no spaces at its start or end</source>
        <translation>contraseña: sin espacios al inicio ni al final</translation>
    </message>
    <message>
        <source>public url: give the base address, without ? or #</source>
        <translation>URL pública: indique la dirección base, sin ? ni #</translation>
    </message>
    <message>
        <source>name: the company needs a name</source>
        <translation>nombre: la empresa necesita un nombre</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>una empresa necesita un nombre</translation>
    </message>
    <message>
        <source>a campaign needs a title</source>
        <translation>una campaña necesita un título</translation>
    </message>
    <message>
        <source>this address is not in the company&apos;s IP whitelist</source>
        <translation>esta dirección no está en la lista blanca de IP de la empresa</translation>
    </message>
    <message>
        <source>this invitation link is not valid: used, expired or unknown</source>
        <translation>este enlace de invitación no es válido: ya usado, vencido o desconocido</translation>
    </message>
    <message>
        <source>this invitation was revoked by the company&apos;s owner</source>
        <translation>el propietario de la empresa revocó esta invitación</translation>
    </message>
    <message>
        <source>a label needs a name</source>
        <translation>una etiqueta necesita un nombre</translation>
    </message>
    <message>
        <source>first name: required</source>
        <translation>nombre: obligatorio</translation>
    </message>
    <message>
        <source>the sheet address must start with https://</source>
        <translation>la dirección de la hoja debe empezar con https://</translation>
    </message>
    <message>
        <source>the sheet is larger than 200 MB</source>
        <translation>la hoja pesa más de 200 MB</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>descarga cancelada</translation>
    </message>
    <message>
        <source>every: from 1 to 1440 minutes</source>
        <translation>cada: de 1 a 1440 minutos</translation>
    </message>
    <message>
        <source>email: the candidate has no email address</source>
        <translation>correo electrónico: el candidato no tiene dirección de correo</translation>
    </message>
    <message>
        <source>messenger: the candidate has not written to the page yet</source>
        <translation>Messenger: el candidato aún no ha escrito a la página</translation>
    </message>
    <message>
        <source>message: the text is empty</source>
        <translation>mensaje: el texto está vacío</translation>
    </message>
    <message>
        <source>body: the text is empty</source>
        <translation>cuerpo: el texto está vacío</translation>
    </message>
    <message>
        <source>title: required</source>
        <translation>título: obligatorio</translation>
    </message>
    <message>
        <source>sms: the campaign&apos;s invitation SMS is not enabled</source>
        <translation>SMS: el SMS de invitación de la campaña no está activado</translation>
    </message>
    <message>
        <source>not connected: no provider is set for this channel</source>
        <translation>sin conexión: no hay un proveedor configurado para este canal</translation>
    </message>
    <message>
        <source>the candidate has no Messenger id to write to</source>
        <translation>el candidato no tiene un ID de Messenger al cual escribir</translation>
    </message>
    <message>
        <source>sms: the candidate has no phone number</source>
        <translation>SMS: el candidato no tiene número de teléfono</translation>
    </message>
    <message>
        <source>voice: the candidate has no phone number</source>
        <translation>voz: el candidato no tiene número de teléfono</translation>
    </message>
    <message>
        <source>robocall: the candidate has no phone number</source>
        <translation>llamada automática: el candidato no tiene número de teléfono</translation>
    </message>
    <message>
        <source>robocall: the candidate has already completed the interview</source>
        <translation>llamada automática: el candidato ya completó la entrevista</translation>
    </message>
    <message>
        <source>robocall: the campaign&apos;s interview has no questions</source>
        <translation>llamada automática: la entrevista de la campaña no tiene preguntas</translation>
    </message>
    <message>
        <source>voice: no voice provider is connected (Settings &gt; Providers)</source>
        <translation>voz: no hay un proveedor de voz conectado (Configuración &gt; Proveedores)</translation>
    </message>
    <message>
        <source>my phone: set your own phone first (it rings first)</source>
        <translation>mi teléfono: primero configure su propio teléfono (suena primero)</translation>
    </message>
    <message>
        <source>the voice service is no longer set to Twilio</source>
        <translation>el servicio de voz ya no está configurado con Twilio</translation>
    </message>
    <message>
        <source>port: must be a number</source>
        <translation>puerto: debe ser un número</translation>
    </message>
    <message>
        <source>api base url: must start with http:// or https://</source>
        <translation>URL base de la API: debe empezar con http:// o https://</translation>
    </message>
    <message>
        <source>address: the simulated candidate needs a phone or email</source>
        <translation>dirección: el candidato simulado necesita un teléfono o un correo electrónico</translation>
    </message>
    <message>
        <source>reply: the text is empty</source>
        <translation>respuesta: el texto está vacío</translation>
    </message>
    <message>
        <source>answer: say something (type a text or key in digits)</source>
        <translation>respuesta: diga algo (escriba un texto o marque dígitos)</translation>
    </message>
    <message>
        <source>expires: must be in the future</source>
        <translation>vence: debe ser en el futuro</translation>
    </message>
    <message>
        <source>expires: at most 365 days</source>
        <translation>vence: como máximo 365 días</translation>
    </message>
    <message>
        <source>sections: choose at least one</source>
        <translation>secciones: elija al menos una</translation>
    </message>
    <message>
        <source>no secret store to keep the sharing key in</source>
        <translation>no hay un almacén de secretos donde guardar la clave para compartir</translation>
    </message>
    <message>
        <source>a site needs a name of 1 to 200 characters</source>
        <translation>un sitio necesita un nombre de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>already moved by someone else: {who}; nothing was moved</source>
        <translation>otra persona ya lo movió: {who}; no se movió nada</translation>
    </message>
    <message>
        <source>{count} candidates were already moved by someone else: {who}; nothing was moved</source>
        <translation>otra persona ya movió {count} candidatos: {who}; no se movió nada</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else moved {who} since</source>
        <translation>no se puede deshacer «{action}»: desde entonces otra persona movió a {who}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else took {label} off {who} since</source>
        <translation>no se puede deshacer «{action}»: desde entonces otra persona quitó {label} a {who}</translation>
    </message>
    <message>
        <source>cannot redo &apos;{action}&apos;: someone else took {label} off {who} since</source>
        <translation>no se puede rehacer «{action}»: desde entonces otra persona quitó {label} a {who}</translation>
    </message>
    <message>
        <source>cannot undo &apos;{action}&apos;: someone else put {label} on {who} since</source>
        <translation>no se puede deshacer «{action}»: desde entonces otra persona puso {label} a {who}</translation>
    </message>
    <message>
        <source>cannot redo &apos;{action}&apos;: someone else put {label} on {who} since</source>
        <translation>no se puede rehacer «{action}»: desde entonces otra persona puso {label} a {who}</translation>
    </message>
    <message>
        <source>{candidate} to {folder} by the system</source>
        <translation>{candidate} a {folder} por el sistema</translation>
    </message>
    <message>
        <source>{candidate} to {folder} by {user}</source>
        <translation>{candidate} a {folder} por {user}</translation>
    </message>
    <message>
        <source>{candidate} to {folder}</source>
        <translation>{candidate} a {folder}</translation>
    </message>
    <message>
        <source>{candidate} by the system</source>
        <translation>{candidate} (el sistema)</translation>
    </message>
    <message>
        <source>{candidate} by {user}</source>
        <translation>{candidate} ({user})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Move {count} to {folder}</source>
        <translation>Mover {count} a {folder}</translation>
    </message>
    <message>
        <source>Label {count} {label}</source>
        <translation>Etiquetar {count} con {label}</translation>
    </message>
    <message>
        <source>Unlabel {count} {label}</source>
        <translation>Quitar {label} a {count}</translation>
    </message>
    <message>
        <source>Change Campaign Settings of {title}</source>
        <translation>Cambiar la configuración de la campaña {title}</translation>
    </message>
    <message>
        <source>no candidate with id {id}</source>
        <translation>no hay ningún candidato con el ID {id}</translation>
    </message>
    <message>
        <source>no label named {label}</source>
        <translation>no hay ninguna etiqueta llamada {label}</translation>
    </message>
    <message>
        <source>label names are at most {count} characters</source>
        <translation>los nombres de etiqueta tienen como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>{label} is an automatic label and cannot be set by hand</source>
        <translation>{label} es una etiqueta automática y no se puede poner a mano</translation>
    </message>
    <message>
        <source>cv: {file} is not a file</source>
        <translation>CV: {file} no es un archivo</translation>
    </message>
    <message>
        <source>cv: {file} must be between 1 byte and 20 MB</source>
        <translation>CV: {file} debe pesar entre 1 byte y 20 MB</translation>
    </message>
    <message>
        <source>cv: {file} is not a {kinds} file</source>
        <translation>CV: {file} no es un archivo {kinds}</translation>
    </message>
    <message>
        <source>campaign titles are at most {count} characters</source>
        <translation>los títulos de campaña tienen como máximo {count} caracteres</translation>
    </message>
    <message>
        <source>message: longer than {count} characters</source>
        <translation>mensaje: supera los {count} caracteres</translation>
    </message>
    <message>
        <source>body: longer than {count} characters</source>
        <translation>cuerpo: supera los {count} caracteres</translation>
    </message>
    <message>
        <source>title: longer than {count} characters</source>
        <translation>título: supera los {count} caracteres</translation>
    </message>
    <message>
        <source>title: a quick reply called {name} already exists</source>
        <translation>título: ya existe una respuesta rápida llamada {name}</translation>
    </message>
    <message>
        <source>password: use at least {count} characters</source>
        <translation>contraseña: use al menos {count} caracteres</translation>
    </message>
    <message>
        <source>email: not an email address: {email}</source>
        <translation>correo electrónico: no es una dirección de correo: {email}</translation>
    </message>
    <message>
        <source>email: {email} already has an account here</source>
        <translation>correo electrónico: {email} ya tiene una cuenta aquí</translation>
    </message>
    <message>
        <source>the account {email} is deactivated: ask the owner</source>
        <translation>la cuenta {email} está desactivada: consulte al propietario</translation>
    </message>
    <message>
        <source>{email} is not on the company&apos;s domain whitelist</source>
        <translation>{email} no está en la lista blanca de dominios de la empresa</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export cancelled after {count} {noun}: no file written</source>
        <translation>Exportación cancelada después de {count} {noun}: no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Exported {count} {noun} to {file}</source>
        <translation>Se exportaron {count} {noun} a {file}</translation>
    </message>
    <message>
        <source>Every candidate of the chosen campaign, with answers and transcript, to .xlsx</source>
        <translation>Todos los candidatos de la campaña elegida, con respuestas y transcripción, a .xlsx</translation>
    </message>
    <message>
        <source>The selected candidates in the ATS JSON shape</source>
        <translation>Los candidatos seleccionados en el formato JSON de ATS</translation>
    </message>
    <message>
        <source>Export &amp;Campaign to Excel…</source>
        <translation>Exportar &amp;campaña a Excel…</translation>
    </message>
    <message>
        <source>Export Selected as &amp;ATS JSON…</source>
        <translation>Exportar seleccionados como JSON de &amp;ATS…</translation>
    </message>
    <message>
        <source>&amp;SMS Breakdown…</source>
        <translation>Desglose de &amp;SMS…</translation>
    </message>
    <message>
        <source>SMS and segments sent per campaign in the last {days} days, to .xlsx</source>
        <translation>SMS y segmentos enviados por campaña en los últimos {days} días, a .xlsx</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>La exportación falló: {error}</translation>
    </message>
    <message>
        <source>Choose a campaign to export (the list shows all campaigns)</source>
        <translation>Elija una campaña para exportar (la lista muestra todas las campañas)</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Exportar campaña</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting {title}</source>
        <translation>Exportando {title}</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>candidatos</translation>
    </message>
    <message>
        <source>Select the candidates to export first</source>
        <translation>Primero seleccione los candidatos que desea exportar</translation>
    </message>
    <message>
        <source>Export as ATS JSON</source>
        <translation>Exportar como JSON de ATS</translation>
    </message>
    <message>
        <source>Exporting ATS JSON</source>
        <translation>Exportando JSON de ATS</translation>
    </message>
    <message>
        <source>SMS Breakdown</source>
        <translation>Desglose de SMS</translation>
    </message>
    <message>
        <source>SMS breakdown</source>
        <translation>Desglose de SMS</translation>
    </message>
    <message>
        <source>Writing the SMS breakdown</source>
        <translation>Escribiendo el desglose de SMS</translation>
    </message>
    <message>
        <source>campaigns</source>
        <translation>campañas</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Form error</source>
        <translation>Error del formulario</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Error en {field}</translation>
    </message>
</context>
<context>
    <name>FileDropZone</name>
    <message>
        <source>Drop a file here</source>
        <translation>Suelte un archivo aquí</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elija un archivo</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>today {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <source>Scheduled for {when} (candidate&apos;s time)</source>
        <translation>Programado para {when} (hora del candidato)</translation>
    </message>
</context>
<context>
    <name>FrameActions</name>
    <message>
        <source>Finding the candidates</source>
        <translation>Buscando los candidatos</translation>
    </message>
    <message>
        <source>{title}: 1 candidate</source>
        <translation>{title}: 1 candidato</translation>
    </message>
    <message>
        <source>{title}: {count} candidates</source>
        <translation>{title}: {count} candidatos</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>No se hizo: {reason}</translation>
    </message>
    <message>
        <source>Exporting to Excel</source>
        <translation>Exportando a Excel</translation>
    </message>
    <message>
        <source>Finding the candidates…</source>
        <translation>Buscando los candidatos…</translation>
    </message>
    <message>
        <source>Exporting to Excel…</source>
        <translation>Exportando a Excel…</translation>
    </message>
    <message>
        <source>Analytics saved to {path}</source>
        <translation>Analíticas guardadas en {path}</translation>
    </message>
    <message>
        <source>Export analytics to Excel</source>
        <translation>Exportar analíticas a Excel</translation>
    </message>
    <message>
        <source>SMS Breakdown</source>
        <translation>Desglose de SMS</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Chart saved to {path}</source>
        <translation>Gráfico guardado en {path}</translation>
    </message>
    <message>
        <source>Not done: could not write {path}</source>
        <translation>No se hizo: no se pudo escribir {path}</translation>
    </message>
    <message>
        <source>Save {chart} as PNG</source>
        <translation>Guardar {chart} como PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Intake (career sites: key and secret)</source>
        <translation>Ingreso (sitios de empleo: clave y secreto)</translation>
    </message>
    <message>
        <source>Partner (bearer key)</source>
        <translation>Socio (clave bearer)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>Name, e.g. Careers site</source>
        <translation>Nombre, p. ej. Sitio de empleos</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la clave</translation>
    </message>
    <message>
        <source>Campaign for the example</source>
        <translation>Campaña para el ejemplo</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Example for campaign</source>
        <translation>Ejemplo para la campaña</translation>
    </message>
    <message>
        <source>Read API keys</source>
        <translation>Leer claves de API</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Create an API key</source>
        <translation>Crear una clave de API</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave de API</translation>
    </message>
    <message>
        <source>Revoke the key “{key}”? Requests with it are refused at once.</source>
        <translation>¿Revocar la clave “{key}”? Las solicitudes con ella se rechazarán de inmediato.</translation>
    </message>
    <message>
        <source>Revoke an API key</source>
        <translation>Revocar una clave de API</translation>
    </message>
</context>
<context>
    <name>MessengerWebhookBox</name>
    <message>
        <source>Webhook (replies from Messenger)</source>
        <translation>Webhook (respuestas de Messenger)</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>Secreto de la app</translation>
    </message>
    <message>
        <source>Verify token</source>
        <translation>Token de verificación</translation>
    </message>
    <message>
        <source>Save webhook secrets</source>
        <translation>Guardar secretos del webhook</translation>
    </message>
    <message>
        <source>Webhook status</source>
        <translation>Estado del webhook</translation>
    </message>
    <message>
        <source>Messenger webhook {secret}</source>
        <translation>Webhook de Messenger: {secret}</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Déjelo vacío para conservar el guardado</translation>
    </message>
    <message>
        <source>Stored. Callback URL: &lt;public URL&gt;{path}</source>
        <translation>Guardado. URL de devolución de llamada: &lt;URL pública&gt;{path}</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My Account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Receive Weekly Statistics Email</source>
        <translation>Recibir el correo semanal de estadísticas</translation>
    </message>
    <message>
        <source>Call Candidate rings this phone first</source>
        <translation>Llamar al candidato hace sonar primero este teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Mi teléfono</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>new password: the two entries differ</source>
        <translation>contraseña nueva: las dos entradas no coinciden</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>NewKeyBox</name>
    <message>
        <source>Copy the secret now: it is not shown again. The workspace keeps only its hash.</source>
        <translation>Copie el secreto ahora: no se vuelve a mostrar. El espacio de trabajo guarda solo su hash.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Clave nueva</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Secreto nuevo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy secret</source>
        <translation>Copiar secreto</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Solicitud de ejemplo</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Copiar solicitud</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Pruébelo</translation>
    </message>
</context>
<context>
    <name>NewManagerDialog</name>
    <message>
        <source>New Manager Account</source>
        <translation>Nueva cuenta de gerente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Enviar invitación</translation>
    </message>
    <message>
        <source>Invitation to %1: %2. Link (valid until %3 UTC): %4</source>
        <translation>Invitación a %1: %2. Enlace (válido hasta %3 UTC): %4</translation>
    </message>
</context>
<context>
    <name>PendingInvitationsPanel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitado por</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Vence (UTC)</translation>
    </message>
    <message>
        <source>Pending Invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>Revocar invitación</translation>
    </message>
    <message>
        <source>Invitation of %1 revoked: its link no longer works.</source>
        <translation>Invitación de %1 revocada: su enlace ya no funciona.</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>Voice calls</source>
        <translation>Llamadas de voz</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>Sandbox (esta computadora)</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Facebook page</source>
        <translation>Página de Facebook</translation>
    </message>
    <message>
        <source>Messages go to the candidate phone simulator on this computer (Tools &gt; Candidate Phone Simulator), and replies written there come back like real ones. Nothing leaves this computer.</source>
        <translation>Los mensajes van al simulador de teléfono del candidato en esta computadora (Herramientas &gt; Simulador de teléfono del candidato), y las respuestas escritas allí regresan como si fueran reales. Nada sale de esta computadora.</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Token de autenticación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Token de acceso a la página</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Déjelo vacío para conservar el guardado</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Ninguna (sin cifrar)</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>SID de la cuenta</translation>
    </message>
    <message>
        <source>AC… (Twilio console)</source>
        <translation>AC… (consola de Twilio)</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave empty for api.twilio.com</source>
        <translation>Déjelo vacío para usar api.twilio.com</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Leave empty when the server needs no login</source>
        <translation>Déjelo vacío si el servidor no requiere inicio de sesión</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección de origen</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID de la página</translation>
    </message>
    <message>
        <source>The page&apos;s numeric ID</source>
        <translation>El ID numérico de la página</translation>
    </message>
    <message>
        <source>Page username</source>
        <translation>Nombre de usuario de la página</translation>
    </message>
    <message>
        <source>For the m.me interview link (optional)</source>
        <translation>Para el enlace de entrevista m.me (opcional)</translation>
    </message>
    <message>
        <source>Leave empty for graph.facebook.com</source>
        <translation>Déjelo vacío para usar graph.facebook.com</translation>
    </message>
    <message>
        <source>Needed when a user name is set</source>
        <translation>Obligatorio si hay un nombre de usuario</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>{service} provider</source>
        <translation>Proveedor de {service}</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test the {service} connection</source>
        <translation>Probar la conexión de {service}</translation>
    </message>
    <message>
        <source>Saves this tab when it changed, then asks the provider</source>
        <translation>Guarda esta pestaña si cambió y luego consulta al proveedor</translation>
    </message>
    <message>
        <source>{service} connection test result</source>
        <translation>Resultado de la prueba de conexión de {service}</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Choose how messages reach candidates. Secrets are kept in the system keyring, never in the database, and are never shown again.</source>
        <translation>Elija cómo llegan los mensajes a los candidatos. Los secretos se guardan en el llavero del sistema, nunca en la base de datos, y no se vuelven a mostrar.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Save the provider settings</source>
        <translation>Guardar la configuración de los proveedores</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Saving providers</source>
        <translation>Guardando proveedores</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Testing {service}</source>
        <translation>Probando {service}</translation>
    </message>
    <message>
        <source>{service} not saved: {reason}</source>
        <translation>{service} no se guardó: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>RecruiterActions</name>
    <message>
        <source>Queued 1 message</source>
        <translation>1 mensaje en cola</translation>
    </message>
    <message>
        <source>Queued {count} messages</source>
        <translation>{count} mensajes en cola</translation>
    </message>
    <message>
        <source>{count} skipped ({why})</source>
        <translation>{count} omitidos ({why})</translation>
    </message>
    <message>
        <source>Already invited to {test}</source>
        <translation>Ya invitado a {test}</translation>
    </message>
    <message>
        <source>Invited to {test}</source>
        <translation>Invitado a {test}</translation>
    </message>
    <message>
        <source>lead of 1 company campaign</source>
        <translation>prospecto de 1 campaña de la empresa</translation>
    </message>
    <message>
        <source>lead of {count} company campaigns</source>
        <translation>prospecto de {count} campañas de la empresa</translation>
    </message>
    <message>
        <source>{count} did not add ({why})</source>
        <translation>{count} no se agregaron ({why})</translation>
    </message>
    <message>
        <source>Moved {count} to {folder}</source>
        <translation>Se movieron {count} a {folder}</translation>
    </message>
    <message>
        <source>Moving to {folder}</source>
        <translation>Moviendo a {folder}</translation>
    </message>
    <message>
        <source>Labelled {count} {label}</source>
        <translation>Se etiquetaron {count} con {label}</translation>
    </message>
    <message>
        <source>Labelling {label}</source>
        <translation>Etiquetando {label}</translation>
    </message>
    <message>
        <source>Removed {label} from {count}</source>
        <translation>Se quitó {label} de {count}</translation>
    </message>
    <message>
        <source>Removing {label}</source>
        <translation>Quitando {label}</translation>
    </message>
    <message>
        <source>Created label {label}</source>
        <translation>Etiqueta {label} creada</translation>
    </message>
    <message>
        <source>Refreshed the PIN code of {count}</source>
        <translation>Se renovó el código PIN de {count}</translation>
    </message>
    <message>
        <source>Refreshing PIN codes</source>
        <translation>Renovando códigos PIN</translation>
    </message>
    <message>
        <source>Queueing messages</source>
        <translation>Poniendo mensajes en cola</translation>
    </message>
    <message>
        <source>no invitation queued</source>
        <translation>ninguna invitación en cola</translation>
    </message>
    <message>
        <source>Queued 1 invitation message</source>
        <translation>1 mensaje de invitación en cola</translation>
    </message>
    <message>
        <source>Queued {count} invitation messages</source>
        <translation>{count} mensajes de invitación en cola</translation>
    </message>
    <message>
        <source>{count} not invited (see No Campaign Invitation)</source>
        <translation>{count} sin invitar (vea Sin invitación)</translation>
    </message>
    <message>
        <source>Sending invitations</source>
        <translation>Enviando invitaciones</translation>
    </message>
    <message>
        <source>No notification queued: no enabled {event} template, or no phone or email</source>
        <translation>Ninguna notificación en cola: no hay una plantilla de {event} activa, o falta teléfono o correo</translation>
    </message>
    <message>
        <source>Queued 1 {event} notification</source>
        <translation>1 notificación de {event} en cola</translation>
    </message>
    <message>
        <source>Queued {count} {event} notifications</source>
        <translation>{count} notificaciones de {event} en cola</translation>
    </message>
    <message>
        <source>Notifying candidates</source>
        <translation>Notificando a los candidatos</translation>
    </message>
    <message>
        <source>Phone interview call queued for the candidate</source>
        <translation>Llamada de entrevista telefónica en cola para el candidato</translation>
    </message>
    <message>
        <source>Phone interview call queued for {name}</source>
        <translation>Llamada de entrevista telefónica en cola para {name}</translation>
    </message>
    <message>
        <source>Bot stopped for this candidate</source>
        <translation>Bot detenido para este candidato</translation>
    </message>
    <message>
        <source>Bot resumed</source>
        <translation>Bot reanudado</translation>
    </message>
    <message>
        <source>Invitation SMS queued</source>
        <translation>SMS de invitación en cola</translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation>Comentario guardado</translation>
    </message>
    <message>
        <source>Message scheduled</source>
        <translation>Mensaje programado</translation>
    </message>
    <message>
        <source>Message {note}</source>
        <translation>Mensaje {note}</translation>
    </message>
    <message>
        <source>Message queued ({channel})</source>
        <translation>Mensaje en cola ({channel})</translation>
    </message>
    <message>
        <source>Nothing to retry: the message is no longer failed</source>
        <translation>Nada que reintentar: el mensaje ya no está fallido</translation>
    </message>
    <message>
        <source>Queued 1 message again</source>
        <translation>1 mensaje en cola de nuevo</translation>
    </message>
    <message>
        <source>Queued {count} messages again</source>
        <translation>{count} mensajes en cola de nuevo</translation>
    </message>
    <message>
        <source>Created quick reply {title}</source>
        <translation>Respuesta rápida {title} creada</translation>
    </message>
    <message>
        <source>Saved quick reply {title}</source>
        <translation>Respuesta rápida {title} guardada</translation>
    </message>
    <message>
        <source>Deleted quick reply {title}</source>
        <translation>Respuesta rápida eliminada {title}</translation>
    </message>
    <message>
        <source>Undid: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Redid: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>SandboxInboxModel</name>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>You wrote</source>
        <translation>Usted escribió</translation>
    </message>
    <message>
        <source>{sender} wrote</source>
        <translation>{sender} escribió</translation>
    </message>
    <message>
        <source> (subject {subject})</source>
        <translation> (asunto {subject})</translation>
    </message>
    <message>
        <source>{who} by {channel} at {time}{subject}: {body}</source>
        <translation>{who} por {channel} a las {time}{subject}: {body}</translation>
    </message>
</context>
<context>
    <name>SandboxPhoneWindow</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Candidate Phone (sandbox)</source>
        <translation>Teléfono del candidato (sandbox)</translation>
    </message>
    <message>
        <source>What the sandbox delivered to this address, as the candidate sees it. Answer as the candidate: the recruiter sees the reply after the next sync.</source>
        <translation>Lo que el sandbox entregó a esta dirección, tal como lo ve el candidato. Responda como el candidato: el reclutador verá la respuesta después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Messages on the candidate&apos;s phone</source>
        <translation>Mensajes en el teléfono del candidato</translation>
    </message>
    <message>
        <source>Reply as the candidate</source>
        <translation>Responder como el candidato</translation>
    </message>
    <message>
        <source>Write as the candidate…</source>
        <translation>Escriba como el candidato…</translation>
    </message>
    <message>
        <source>Send as candidate</source>
        <translation>Enviar como candidato</translation>
    </message>
    <message>
        <source>Send as the candidate</source>
        <translation>Enviar como el candidato</translation>
    </message>
    <message>
        <source>Type the candidate&apos;s phone number or email address.</source>
        <translation>Escriba el número de teléfono o el correo del candidato.</translation>
    </message>
    <message>
        <source>Nothing delivered to {address} yet.</source>
        <translation>Aún no se entregó nada a {address}.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No se envió: {reason}</translation>
    </message>
    <message>
        <source>Sent. The recruiter sees it after the next sync.</source>
        <translation>Enviado. El reclutador lo verá después de la próxima sincronización.</translation>
    </message>
    <message>
        <source>Candidate phone number or email</source>
        <translation>Teléfono o correo del candidato</translation>
    </message>
    <message>
        <source>+639171234567 or name@example.com</source>
        <translation>+639171234567 o nombre@example.com</translation>
    </message>
    <message>
        <source>Reply channel</source>
        <translation>Canal de respuesta</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Estado del servidor</translation>
    </message>
    <message>
        <source>Last requests</source>
        <translation>Últimas solicitudes</translation>
    </message>
    <message>
        <source>Last requests (time, method, path, status, duration, key id)</source>
        <translation>Últimas solicitudes (hora, método, ruta, estado, duración, id de clave)</translation>
    </message>
    <message>
        <source>Listening on {url}</source>
        <translation>Escuchando en {url}</translation>
    </message>
    <message>
        <source>Stopped: {reason}</source>
        <translation>Detenido: {reason}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Move around</source>
        <translation>Desplazarse</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidir</translation>
    </message>
    <message>
        <source>Select and label</source>
        <translation>Seleccionar y etiquetar</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Candidato siguiente</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>Candidato anterior</translation>
    </message>
    <message>
        <source>Open the candidate</source>
        <translation>Abrir el candidato</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search, then selection</source>
        <translation>Borrar la búsqueda y luego la selección</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>Preseleccionar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Contratar</translation>
    </message>
    <message>
        <source>Back to the Inbox</source>
        <translation>Volver a Recibidos</translation>
    </message>
    <message>
        <source>Select all matching the filter</source>
        <translation>Seleccionar todos los que coinciden con el filtro</translation>
    </message>
    <message>
        <source>Add or remove a label</source>
        <translation>Agregar o quitar una etiqueta</translation>
    </message>
    <message>
        <source>Write to the candidate</source>
        <translation>Escribir al candidato</translation>
    </message>
    <message>
        <source>Send (in the composer)</source>
        <translation>Enviar (en el editor)</translation>
    </message>
    <message>
        <source>Retry a failed message (in the conversation)</source>
        <translation>Reintentar un mensaje fallido (en la conversación)</translation>
    </message>
    <message>
        <source>Actions of the focused message</source>
        <translation>Acciones del mensaje enfocado</translation>
    </message>
    <message>
        <source>Add candidates</source>
        <translation>Agregar candidatos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Undo a move or label change</source>
        <translation>Deshacer un movimiento o cambio de etiqueta</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Show these shortcuts</source>
        <translation>Mostrar estos atajos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Iniciar sesión en %1</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>Recordarme en esta computadora</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Background work progress</source>
        <translation>Progreso del trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel background work</source>
        <translation>Cancelar el trabajo en segundo plano</translation>
    </message>
    <message>
        <source> (+{count} queued)</source>
        <translation> (+{count} en cola)</translation>
    </message>
    <message>
        <source>{task} — cancelling…</source>
        <translation>{task} — cancelando…</translation>
    </message>
</context>
<context>
    <name>TimeFrame</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Últimos 2 años</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>{zone} (unknown zone, UTC used)</source>
        <translation>{zone} (zona desconocida, se usa UTC)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} días</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>sin decisión</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Campaign {id}</source>
        <translation>Campaña {id}</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Ninguna campaña</translation>
    </message>
    <message>
        <source>{count} campaigns</source>
        <translation>{count} campañas</translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>{total} in the time frame</source>
        <translation>{total} en el periodo</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>Company Profile…</source>
        <translation>Perfil de la empresa…</translation>
    </message>
    <message>
        <source>My Account…</source>
        <translation>Mi cuenta…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>User menu: %1</source>
        <translation>Menú de usuario: %1</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Inbox</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionados</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Contratados</translation>
    </message>
</context>
<context>
    <name>WeeklyEmailCheck</name>
    <message>
        <source>Weekly statistics email</source>
        <translation>Correo semanal de estadísticas</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>The campaign&apos;s interview steps and recordings</source>
        <translation>Los pasos de la entrevista de la campaña y sus grabaciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>See what the sandbox delivered and reply as the candidate</source>
        <translation>Vea lo que entregó el sandbox y responda como el candidato</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Outbound calling campaigns of the company: schedules, leads and call outcomes</source>
        <translation>Campañas de llamadas salientes de la empresa: horarios, prospectos y resultados de las llamadas</translation>
    </message>
    <message>
        <source>Serve the candidate intake API for this workspace; manage its API keys</source>
        <translation>Servir la API de ingreso de candidatos para este espacio de trabajo; administrar sus claves de API</translation>
    </message>
    <message>
        <source>&amp;Add Candidates…</source>
        <translation>&amp;Agregar candidatos…</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>&amp;Entrevista…</translation>
    </message>
    <message>
        <source>Candidate &amp;Phone Simulator…</source>
        <translation>Simulador de &amp;teléfono del candidato…</translation>
    </message>
    <message>
        <source>&amp;Analytics &amp;&amp; Usage Data…</source>
        <translation>&amp;Analíticas y datos de uso…</translation>
    </message>
    <message>
        <source>Company &amp;Campaigns…</source>
        <translation>&amp;Campañas de la empresa…</translation>
    </message>
    <message>
        <source>API &amp;Server…</source>
        <translation>&amp;Servidor de API…</translation>
    </message>
    <message>
        <source>&amp;Providers…</source>
        <translation>&amp;Proveedores…</translation>
    </message>
    <message>
        <source>How messages reach candidates: sandbox, Twilio, SMTP</source>
        <translation>Cómo llegan los mensajes a los candidatos: sandbox, Twilio, SMTP</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Notify Candidates</source>
        <translation>&amp;Notificar a los candidatos</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>Choose a campaign to edit its interview</source>
        <translation>Elija una campaña para editar su entrevista</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>1 new reply</source>
        <translation>1 respuesta nueva</translation>
    </message>
    <message>
        <source>{count} new replies</source>
        <translation>{count} respuestas nuevas</translation>
    </message>
    <message>
        <source>Not done: {reason}</source>
        <translation>No se hizo: {reason}</translation>
    </message>
</context>
</TS>
