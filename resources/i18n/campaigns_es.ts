<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCandidateDialog</name>
    <message>
        <source>Add candidates</source>
        <translation>Agregar candidatos</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Ways to add candidates</source>
        <translation>Formas de agregar candidatos</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Google Form / Sheet</source>
        <translation>Formulario / Hoja de Google</translation>
    </message>
    <message>
        <source>CV upload</source>
        <translation>Carga de CV</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Add candidates to</source>
        <translation>Agregar candidatos a</translation>
    </message>
</context>
<context>
    <name>AddLeadsDialog</name>
    <message>
        <source>Paste rows from a spreadsheet, one lead per row, e.g.
Email, First name, Last name, Phone
ana.cruz@example.com, Ana, Cruz, +63 917 123 4567</source>
        <translation>Pegue filas de una hoja de cálculo, un prospecto por fila, p. ej.
Correo, Nombre, Apellido, Teléfono
ana.cruz@example.com, Ana, Cruz, +63 917 123 4567</translation>
    </message>
    <message>
        <source>Row {n}</source>
        <translation>Fila {n}</translation>
    </message>
    <message>
        <source>Add Leads — {campaign}</source>
        <translation>Agregar prospectos — {campaign}</translation>
    </message>
    <message>
        <source>Leads to add</source>
        <translation>Prospectos para agregar</translation>
    </message>
    <message>
        <source>Open CSV File…</source>
        <translation>Abrir archivo CSV…</translation>
    </message>
    <message>
        <source>Add leads error</source>
        <translation>Error al agregar prospectos</translation>
    </message>
    <message>
        <source>Add Leads</source>
        <translation>Agregar prospectos</translation>
    </message>
    <message>
        <source>a JSON body needs a &quot;leads&quot; list</source>
        <translation>un cuerpo JSON necesita una lista &quot;leads&quot;</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
        <source>Open Leads</source>
        <translation>Abrir prospectos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{leads} to add</source>
        <translation>{leads} para agregar</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
</context>
<context>
    <name>AttemptsPanel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Atendió</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Calls to {name}</source>
        <translation>Llamadas a {name}</translation>
    </message>
    <message>
        <source>Select a lead to see its calls</source>
        <translation>Seleccione un prospecto para ver sus llamadas</translation>
    </message>
    <message>
        <source>Call attempts</source>
        <translation>Intentos de llamada</translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation>Aún no se ha llamado</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>{file} is not on this computer</source>
        <translation>{file} no está en esta computadora</translation>
    </message>
    <message>
        <source>Playing needs Qt Multimedia, which this installation lacks</source>
        <translation>Para reproducir se necesita Qt Multimedia, que esta instalación no tiene</translation>
    </message>
    <message>
        <source>This computer has no audio output to play the recording on</source>
        <translation>Esta computadora no tiene salida de audio para reproducir la grabación</translation>
    </message>
</context>
<context>
    <name>BasicTab</name>
    <message>
        <source>Campaign title</source>
        <translation>Título de la campaña</translation>
    </message>
    <message>
        <source>e.g. Customer Service - Manila</source>
        <translation>p. ej., Servicio al cliente - Manila</translation>
    </message>
    <message>
        <source>Hotline country</source>
        <translation>País de la línea directa</translation>
    </message>
    <message>
        <source>Interview language</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Offer a web interview link (web dial-out)</source>
        <translation>Ofrecer un enlace de entrevista web (llamada web)</translation>
    </message>
    <message>
        <source>Call each candidate added for the phone interview at once</source>
        <translation>Llamar de inmediato a cada candidato agregado para la entrevista telefónica</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Hotline &amp;country</source>
        <translation>País de la línea &amp;directa</translation>
    </message>
    <message>
        <source>Interview &amp;language</source>
        <translation>&amp;Idioma de la entrevista</translation>
    </message>
    <message>
        <source>Decides the language model that transcribes audio answers.</source>
        <translation>Determina el modelo de idioma que transcribe las respuestas de audio.</translation>
    </message>
    <message>
        <source>Web dial-out</source>
        <translation>Llamada web</translation>
    </message>
    <message>
        <source>Auto-call</source>
        <translation>Llamada automática</translation>
    </message>
    <message>
        <source>a campaign needs a title</source>
        <translation>una campaña necesita un título</translation>
    </message>
    <message>
        <source>Candidates see calls from a +{calling} number</source>
        <translation>Los candidatos ven llamadas de un número +{calling}</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Create a campaign: basics, team access, messages, Messenger</source>
        <translation>Crear una campaña: datos básicos, acceso del equipo, mensajes, Messenger</translation>
    </message>
    <message>
        <source>Campaign &amp;Settings…</source>
        <translation>&amp;Configuración de la campaña…</translation>
    </message>
    <message>
        <source>The campaign&apos;s settings (choose a campaign first)</source>
        <translation>La configuración de la campaña (elija primero una campaña)</translation>
    </message>
</context>
<context>
    <name>CampaignDetail</name>
    <message>
        <source>Next call</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Caller ID {number}</source>
        <translation>Identificador de llamada {number}</translation>
    </message>
    <message>
        <source>Calls {start}–{end} lead&apos;s time</source>
        <translation>Llamadas {start}–{end} hora del prospecto</translation>
    </message>
    <message>
        <source>No call still to come</source>
        <translation>No quedan llamadas pendientes</translation>
    </message>
    <message>
        <source>Next call: {campaign}{dot}{yours} your time</source>
        <translation>Próxima llamada: {campaign}{dot}{yours} su hora</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>CampaignForm</name>
    <message>
        <source>Edit Campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>New Company Campaign</source>
        <translation>Nueva campaña de la empresa</translation>
    </message>
    <message>
        <source>Create Campaign</source>
        <translation>Crear campaña</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>e.g. Warehouse interest check — December</source>
        <translation>p. ej., Consulta de interés para almacén — diciembre</translation>
    </message>
    <message>
        <source>Said first. For an interest check: press 1 if interested, 2 if not</source>
        <translation>Se dice primero. Para una consulta de interés: presione 1 si le interesa, 2 si no</translation>
    </message>
    <message>
        <source>Said before hanging up</source>
        <translation>Se dice antes de colgar</translation>
    </message>
    <message>
        <source>One question per line (answered on the keypad)</source>
        <translation>Una pregunta por línea (se responde con el teclado)</translation>
    </message>
    <message>
        <source>What the AI caller says and asks, turn by turn</source>
        <translation>Lo que dice y pregunta quien llama con IA, turno por turno</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Sede de la empresa</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Identificador de llamada</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opening message</source>
        <translation>Mensaje de apertura</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Mensaje de cierre</translation>
    </message>
    <message>
        <source>IVR questions</source>
        <translation>Preguntas IVR</translation>
    </message>
    <message>
        <source>AI call script</source>
        <translation>Guion de la llamada con IA</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>What the call says</source>
        <translation>Lo que dice la llamada</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Site {id}</source>
        <translation>Sede {id}</translation>
    </message>
    <message>
        <source>Set when the campaign was created</source>
        <translation>Se definió al crear la campaña</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Job — {purpose}</source>
        <translation>Empleo — {purpose}</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Tipo de llamada</translation>
    </message>
    <message>
        <source>Next call (campaign)</source>
        <translation>Próxima llamada (campaña)</translation>
    </message>
    <message>
        <source>Next call (yours)</source>
        <translation>Próxima llamada (su hora)</translation>
    </message>
</context>
<context>
    <name>CampaignOperations</name>
    <message>
        <source>Creating the campaign</source>
        <translation>Creando la campaña</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Guardando la campaña</translation>
    </message>
    <message>
        <source>Saved campaign {title}</source>
        <translation>Campaña {title} guardada</translation>
    </message>
</context>
<context>
    <name>CampaignSettingsDialog</name>
    <message>
        <source>&amp;Basic</source>
        <translation>&amp;Básico</translation>
    </message>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permisos</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Entrevista</translation>
    </message>
    <message>
        <source>Messe&amp;nger</source>
        <translation>Messe&amp;nger</translation>
    </message>
    <message>
        <source>Tra&amp;ffic ad</source>
        <translation>&amp;Anuncio de tráfico</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this campaign?</source>
        <translation>¿Desea guardar los cambios de esta campaña?</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Campaign Settings — {title}</source>
        <translation>Configuración de la campaña — {title}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrija los campos marcados abajo.</translation>
    </message>
    <message>
        <source>The campaign was not saved.</source>
        <translation>La campaña no se guardó.</translation>
    </message>
</context>
<context>
    <name>CandidateField</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Years of experience</source>
        <translation>Años de experiencia</translation>
    </message>
    <message>
        <source>Referee email</source>
        <translation>Correo del referente</translation>
    </message>
    <message>
        <source>Referee phone</source>
        <translation>Teléfono del referente</translation>
    </message>
    <message>
        <source>Referee employee ID</source>
        <translation>ID de empleado del referente</translation>
    </message>
    <message>
        <source>Referee account</source>
        <translation>Cuenta del referente</translation>
    </message>
</context>
<context>
    <name>ColumnMappingForm</name>
    <message>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
</context>
<context>
    <name>CompanyCampaignsWindow</name>
    <message>
        <source>Company Campaigns — {company}</source>
        <translation>Campañas de la empresa — {company}</translation>
    </message>
    <message>
        <source>New Campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>Company campaigns</source>
        <translation>Campañas de la empresa</translation>
    </message>
    <message>
        <source>No company campaign yet.
New Campaign… makes one.</source>
        <translation>Aún no hay campañas de la empresa.
Nueva campaña… crea una.</translation>
    </message>
    <message>
        <source>Company campaigns status</source>
        <translation>Estado de las campañas de la empresa</translation>
    </message>
    <message>
        <source>Reading campaigns</source>
        <translation>Leyendo las campañas</translation>
    </message>
    <message>
        <source>Reading calls</source>
        <translation>Leyendo las llamadas</translation>
    </message>
    <message>
        <source>Remove this lead from {campaign}? Its calls are removed with it; adding it again starts afresh.</source>
        <translation>¿Quitar este prospecto de {campaign}? Sus llamadas se quitan con él; si se agrega de nuevo, empieza desde cero.</translation>
    </message>
    <message>
        <source>Remove these {count} leads from {campaign}? Their calls are removed with them; adding them again starts afresh.</source>
        <translation>¿Quitar estos {count} prospectos de {campaign}? Sus llamadas se quitan con ellos; si se agregan de nuevo, empiezan desde cero.</translation>
    </message>
    <message>
        <source>Remove Leads</source>
        <translation>Quitar prospectos</translation>
    </message>
</context>
<context>
    <name>CvReviewModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
</context>
<context>
    <name>CvUploadTab</name>
    <message>
        <source>Drop CVs or folders of CVs here (PDF, DOCX, DOC, TXT). The name, email and phone found in each are shown below: fix what is missing, then import. A CV needs an email or a phone to become a candidate.</source>
        <translation>Suelte aquí CV o carpetas de CV (PDF, DOCX, DOC, TXT). El nombre, el correo y el teléfono encontrados en cada uno se muestran abajo: complete lo que falte y luego importe. Un CV necesita un correo o un teléfono para convertirse en candidato.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Choose CV files</source>
        <translation>Elegir archivos de CV</translation>
    </message>
    <message>
        <source>CVs to import</source>
        <translation>CV para importar</translation>
    </message>
    <message>
        <source>CV progress</source>
        <translation>Progreso de los CV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel reading the CVs</source>
        <translation>Cancelar la lectura de los CV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the CVs</source>
        <translation>Importar los CV</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undo the CV import</source>
        <translation>Deshacer la importación de CV</translation>
    </message>
    <message>
        <source>Reading CVs…</source>
        <translation>Leyendo los CV…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>CVs ({patterns});;All files (*)</source>
        <translation>CV ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose CVs</source>
        <translation>Elegir CV</translation>
    </message>
    <message>
        <source>{count} CVs read (cancelled), {review} need review.</source>
        <translation>CV leídos: {count} (cancelado); necesitan revisión: {review}.</translation>
    </message>
    <message>
        <source>{count} CVs read, {review} need review.</source>
        <translation>CV leídos: {count}; necesitan revisión: {review}.</translation>
    </message>
    <message>
        <source>Not read: {reason}</source>
        <translation>No leído: {reason}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported {count} candidates (batch {batch}); {review} CVs need review</source>
        <translation>Candidatos importados: {count} (lote {batch}); CV que necesitan revisión: {review}</translation>
    </message>
    <message>
        <source>, {count} left here without an email or phone.</source>
        <translation>; sin correo ni teléfono (quedan aquí): {count}.</translation>
    </message>
    <message>
        <source>Removed {count} candidates.</source>
        <translation>Candidatos quitados: {count}.</translation>
    </message>
</context>
<context>
    <name>EmailEditor</name>
    <message>
        <source>Send this email</source>
        <translation>Enviar este correo</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Email body</source>
        <translation>Cuerpo del correo</translation>
    </message>
    <message>
        <source>Email HTML source</source>
        <translation>Código HTML del correo</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Edit the HTML</source>
        <translation>Editar el HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>OK — check {checks}</source>
        <translation>OK — revise {checks}</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Talkpush CSV</source>
        <translation>CSV de Talkpush</translation>
    </message>
    <message>
        <source>Google Form export</source>
        <translation>Exportación de Formulario de Google</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Columns: first name, last name, email, country code, phone number, referee. The header row is optional, and titled columns are recognised in any order. You can check and change which column feeds which field before importing.</source>
        <translation>Columnas: nombre, apellido, correo, código de país, número de teléfono, referente. La fila de encabezado es opcional y las columnas con título se reconocen en cualquier orden. Puede revisar y cambiar qué columna alimenta cada campo antes de importar.</translation>
    </message>
    <message>
        <source>Download the sheet as CSV (File → Download → CSV) and drop it here, or paste its published CSV link. Columns follow the Google Form: timestamp, full name, email, phone, then location, education, experience and the referee&apos;s details. Importing the same sheet again adds only the rows added since.</source>
        <translation>Descargue la hoja como CSV (Archivo → Descargar → CSV) y suéltela aquí, o pegue su enlace CSV publicado. Las columnas siguen el Formulario de Google: fecha y hora, nombre completo, correo, teléfono y luego ubicación, educación, experiencia y los datos del referente. Al importar de nuevo la misma hoja solo se agregan las filas nuevas desde entonces.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Published sheet link</source>
        <translation>Enlace de la hoja publicada</translation>
    </message>
    <message>
        <source>or paste the sheet&apos;s published CSV link</source>
        <translation>o pegue el enlace CSV publicado de la hoja</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Download the sheet</source>
        <translation>Descargar la hoja</translation>
    </message>
    <message>
        <source>Sheet name</source>
        <translation>Nombre de la hoja</translation>
    </message>
    <message>
        <source>Sheet name (remembers which rows are imported)</source>
        <translation>Nombre de la hoja (recuerda qué filas se importaron)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Send the invitation to the new candidates</source>
        <translation>Enviar la invitación a los candidatos nuevos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importar el archivo</translation>
    </message>
    <message>
        <source>Open rejects report</source>
        <translation>Abrir informe de rechazos</translation>
    </message>
    <message>
        <source>Open the rejects report</source>
        <translation>Abrir el informe de rechazos</translation>
    </message>
    <message>
        <source>Drop the sheet&apos;s CSV export here</source>
        <translation>Suelte aquí la exportación CSV de la hoja</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Suelte aquí un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>COLUMNS</source>
        <translation>COLUMNAS</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>VISTA PREVIA</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>Filas: {done} de {total}</translation>
    </message>
    <message>
        <source>{done} rows</source>
        <translation>Filas: {done}</translation>
    </message>
    <message>
        <source>Not imported: {reason}</source>
        <translation>No importado: {reason}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>No invitation: the campaign&apos;s invitation templates are off</source>
        <translation>Sin invitación: las plantillas de invitación de la campaña están desactivadas</translation>
    </message>
    <message>
        <source>Send the invitation to 1 new candidate</source>
        <translation>Enviar la invitación a 1 candidato nuevo</translation>
    </message>
    <message>
        <source>Send the invitation to {count} new candidates</source>
        <translation>Enviar la invitación a {count} candidatos nuevos</translation>
    </message>
    <message>
        <source>Downloading the sheet…</source>
        <translation>Descargando la hoja…</translation>
    </message>
    <message>
        <source>Import 1 row</source>
        <translation>Importar 1 fila</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>Importar {count} filas</translation>
    </message>
    <message>
        <source>header row</source>
        <translation>con fila de encabezado</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>sin fila de encabezado</translation>
    </message>
    <message>
        <source>{imported} already imported, {new} new</source>
        <translation>ya importadas: {imported}, nuevas: {new}</translation>
    </message>
    <message>
        <source>{rejected} of the first {count} will be rejected.</source>
        <translation>Entre las primeras {count}, filas que se rechazarán: {rejected}.</translation>
    </message>
    <message>
        <source>1 row with warnings: check it.</source>
        <translation>1 fila con advertencias: revísela.</translation>
    </message>
    <message>
        <source>{count} rows with warnings: check them.</source>
        <translation>{count} filas con advertencias: revíselas.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>Cancelled after {count} rows: </source>
        <translation>Cancelado tras leer filas: {count}. </translation>
    </message>
    <message>
        <source>1 warning (see the report)</source>
        <translation>1 advertencia (vea el informe)</translation>
    </message>
    <message>
        <source>{count} warnings (see the report)</source>
        <translation>{count} advertencias (vea el informe)</translation>
    </message>
    <message>
        <source>{imported} imported · {duplicates} duplicates · {rejected} rejected</source>
        <translation>Importados: {imported} · Duplicados: {duplicates} · Rechazados: {rejected}</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>Invitados: {count}</translation>
    </message>
    <message>
        <source>{count} not (see No Campaign Invitation)</source>
        <translation>sin invitación: {count} (vea Sin invitación de campaña)</translation>
    </message>
</context>
<context>
    <name>IntakeActions</name>
    <message>
        <source>Added {name}</source>
        <translation>Se agregó a {name}</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importando {file}</translation>
    </message>
    <message>
        <source>Reading CVs</source>
        <translation>Leyendo los CV</translation>
    </message>
    <message>
        <source>Importing CVs</source>
        <translation>Importando los CV</translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation>Deshaciendo la importación</translation>
    </message>
    <message>
        <source>Removed {count} imported candidates</source>
        <translation>Candidatos importados quitados: {count}</translation>
    </message>
    <message>
        <source>Downloading the sheet</source>
        <translation>Descargando la hoja</translation>
    </message>
    <message>
        <source>Checking the sheet</source>
        <translation>Revisando la hoja</translation>
    </message>
    <message>
        <source>Polling the sheet</source>
        <translation>Consultando la hoja</translation>
    </message>
    <message>
        <source>Connecting the Page</source>
        <translation>Conectando la página</translation>
    </message>
    <message>
        <source>Checking the ad</source>
        <translation>Revisando el anuncio</translation>
    </message>
    <message>
        <source>Polling Lead Ads</source>
        <translation>Consultando los Lead Ads</translation>
    </message>
    <message>
        <source>Added {count} candidates</source>
        <translation>Candidatos agregados: {count}</translation>
    </message>
    <message>
        <source>Imported {count} candidates</source>
        <translation>Candidatos importados: {count}</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview – {title}</source>
        <translation>Entrevista – {title}</translation>
    </message>
    <message>
        <source>Unsaved interview</source>
        <translation>Entrevista sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to the interview?</source>
        <translation>¿Desea guardar los cambios de la entrevista?</translation>
    </message>
</context>
<context>
    <name>InterviewLanguage</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Filipino (Tagalog)</source>
        <translation>Filipino (tagalo)</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malayo</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
</context>
<context>
    <name>InterviewTab</name>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Audio or text</source>
        <translation>Audio o texto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Privacy statement</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Closing prompt</source>
        <translation>Mensaje de cierre</translation>
    </message>
    <message>
        <source>Interview steps</source>
        <translation>Pasos de la entrevista</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Agregar paso</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>What the step says (the chat shows this text)</source>
        <translation>Lo que dice el paso (el chat muestra este texto)</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>Sin grabación</translation>
    </message>
    <message>
        <source>Choose recording…</source>
        <translation>Elegir grabación…</translation>
    </message>
    <message>
        <source>Speak text</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <source>Make the recording from the text with espeak-ng</source>
        <translation>Crear la grabación a partir del texto con espeak-ng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Remove recording</source>
        <translation>Quitar grabación</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Only .wav and .mp3 recordings. The text is what the chat shows: it should say what the recording says. Candidates are told which answer type a question takes.</source>
        <translation>Solo grabaciones .wav y .mp3. El texto es lo que muestra el chat: debe decir lo mismo que la grabación. A los candidatos se les indica qué tipo de respuesta admite cada pregunta.</translation>
    </message>
    <message>
        <source>Speaking the step&apos;s text</source>
        <translation>Leyendo en voz alta el texto del paso</translation>
    </message>
    <message>
        <source>Question {n} ({answer})</source>
        <translation>Pregunta {n} ({answer})</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
    </message>
    <message>
        <source>Add a step to start the interview</source>
        <translation>Agregue un paso para comenzar la entrevista</translation>
    </message>
    <message>
        <source>Question {n} of {count}</source>
        <translation>Pregunta {n} de {count}</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Elegir una grabación</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3)</source>
        <translation>Grabaciones (*.wav *.mp3)</translation>
    </message>
</context>
<context>
    <name>LeadAdsPanel</name>
    <message>
        <source>Ad</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Leads imported</source>
        <translation>Prospectos importados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Facebook Page ID</source>
        <translation>ID de la página de Facebook</translation>
    </message>
    <message>
        <source>Page ID (digits)</source>
        <translation>ID de la página (dígitos)</translation>
    </message>
    <message>
        <source>Page access token</source>
        <translation>Token de acceso de la página</translation>
    </message>
    <message>
        <source>Page access token (kept in the keyring)</source>
        <translation>Token de acceso de la página (se guarda en el llavero)</translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation>Versión de Graph API</translation>
    </message>
    <message>
        <source>Graph API address</source>
        <translation>Dirección de Graph API</translation>
    </message>
    <message>
        <source>Connect the Page</source>
        <translation>Conectar la página</translation>
    </message>
    <message>
        <source>Ad ID</source>
        <translation>ID del anuncio</translation>
    </message>
    <message>
        <source>Ad ID (from the Ads Manager)</source>
        <translation>ID del anuncio (del Administrador de anuncios)</translation>
    </message>
    <message>
        <source>Add the ad</source>
        <translation>Agregar el anuncio</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Consultar ahora</translation>
    </message>
    <message>
        <source>Lead Ads</source>
        <translation>Lead Ads</translation>
    </message>
    <message>
        <source>Page ID</source>
        <translation>ID de la página</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>LEAD ADS</source>
        <translation>LEAD ADS</translation>
    </message>
    <message>
        <source>Checking the Page…</source>
        <translation>Revisando la página…</translation>
    </message>
    <message>
        <source>Page {page} ({name}) is connected</source>
        <translation>La página {page} ({name}) está conectada</translation>
    </message>
    <message>
        <source>Checking the ad…</source>
        <translation>Revisando el anuncio…</translation>
    </message>
    <message>
        <source>Ad {ad} ({name}): its leads come in</source>
        <translation>Anuncio {ad} ({name}): sus prospectos ya entran</translation>
    </message>
    <message>
        <source>{count} new leads</source>
        <translation>Prospectos nuevos: {count}</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Reading leads</source>
        <translation>Leyendo los prospectos</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviada</translation>
    </message>
</context>
<context>
    <name>LeadTextsPanel</name>
    <message>
        <source>Text</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Mensajes de texto</translation>
    </message>
    <message>
        <source>Texts to {name}</source>
        <translation>Mensajes de texto a {name}</translation>
    </message>
    <message>
        <source>Select a lead to see its texts</source>
        <translation>Seleccione un prospecto para ver sus mensajes de texto</translation>
    </message>
    <message>
        <source>Assessment texts</source>
        <translation>Mensajes de la evaluación</translation>
    </message>
    <message>
        <source>No text planned</source>
        <translation>No hay mensajes programados</translation>
    </message>
</context>
<context>
    <name>LeadsPane</name>
    <message>
        <source>Leads</source>
        <translation>Prospectos</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Estado del prospecto</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation>Buscar prospectos</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>Buscar nombre o correo</translation>
    </message>
    <message>
        <source>Add Leads…</source>
        <translation>Agregar prospectos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected leads</source>
        <translation>Quitar los prospectos seleccionados</translation>
    </message>
    <message>
        <source>Mark Submitted</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>The assessment tool reported back: mark the selected leads&apos; assessment</source>
        <translation>La herramienta de evaluación respondió: marque la evaluación de los prospectos seleccionados</translation>
    </message>
    <message>
        <source>All statuses ({count})</source>
        <translation>Todos los estados ({count})</translation>
    </message>
    <message>
        <source>No lead matches</source>
        <translation>Ningún prospecto coincide</translation>
    </message>
    <message>
        <source>No leads yet: Add Leads to paste some</source>
        <translation>Aún no hay prospectos: use Agregar prospectos para pegar algunos</translation>
    </message>
    <message>
        <source>(showing {count})</source>
        <translation>(mostrando {count})</translation>
    </message>
    <message>
        <source>Mark Not Submitted</source>
        <translation>Marcar como no enviada</translation>
    </message>
</context>
<context>
    <name>LiveSheetsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Última consulta</translation>
    </message>
    <message>
        <source>Rows imported</source>
        <translation>Filas importadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sheet link to poll</source>
        <translation>Enlace de la hoja para consultar</translation>
    </message>
    <message>
        <source>Paste the Google Sheet&apos;s link to import new sign-ups</source>
        <translation>Pegue el enlace de la Hoja de Google para importar los nuevos registros</translation>
    </message>
    <message>
        <source>Minutes between polls</source>
        <translation>Minutos entre consultas</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Check and poll</source>
        <translation>Revisar y consultar</translation>
    </message>
    <message>
        <source>Check the sheet and poll it</source>
        <translation>Revisar la hoja y consultarla</translation>
    </message>
    <message>
        <source>Polled sheets</source>
        <translation>Hojas consultadas</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Consultar ahora</translation>
    </message>
    <message>
        <source>Poll the selected sheet now</source>
        <translation>Consultar ahora la hoja seleccionada</translation>
    </message>
    <message>
        <source>Stop polling</source>
        <translation>Dejar de consultar</translation>
    </message>
    <message>
        <source>Stop polling the selected sheet</source>
        <translation>Dejar de consultar la hoja seleccionada</translation>
    </message>
    <message>
        <source>POLLED SHEETS</source>
        <translation>HOJAS CONSULTADAS</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>Checking the sheet…</source>
        <translation>Revisando la hoja…</translation>
    </message>
    <message>
        <source>Polling every {minutes} min from now on ({rows} rows now). Columns: {columns}</source>
        <translation>Se consultará cada {minutes} min desde ahora (filas por ahora: {rows}). Columnas: {columns}</translation>
    </message>
    <message>
        <source>Sheet polled: {new} new, {already} already imported, {rejected} rejected, {invited} invited</source>
        <translation>Hoja consultada — nuevas: {new}, ya importadas: {already}, rechazadas: {rejected}, invitados: {invited}</translation>
    </message>
</context>
<context>
    <name>ManagerList</name>
    <message>
        <source>owner, sees every campaign</source>
        <translation>propietario, ve todas las campañas</translation>
    </message>
</context>
<context>
    <name>ManualAddForm</name>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referido</translation>
    </message>
    <message>
        <source>Job fair</source>
        <translation>Feria de empleo</translation>
    </message>
    <message>
        <source>Job board</source>
        <translation>Bolsa de empleo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Choose CV…</source>
        <translation>Elegir CV…</translation>
    </message>
    <message>
        <source>Choose a CV file</source>
        <translation>Elegir un archivo de CV</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Agregar candidato</translation>
    </message>
    <message>
        <source>Add the candidate</source>
        <translation>Agregar al candidato</translation>
    </message>
    <message>
        <source>An email or a phone number is required.</source>
        <translation>Se requiere un correo electrónico o un número de teléfono.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
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
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Referee name</source>
        <translation>Nombre del referente</translation>
    </message>
    <message>
        <source>Referee employee ID</source>
        <translation>ID de empleado del referente</translation>
    </message>
    <message>
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Referee email</source>
        <translation>Correo del referente</translation>
    </message>
    <message>
        <source>Referee phone</source>
        <translation>Teléfono del referente</translation>
    </message>
    <message>
        <source>Referee account</source>
        <translation>Cuenta del referente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>CV file</source>
        <translation>Archivo de CV</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Added {name} (ID {id}) to No Campaign Invitation: the invitation was not sent ({reason}).</source>
        <translation>Se agregó a {name} (ID {id}) a Sin invitación de campaña: la invitación no se envió ({reason}).</translation>
    </message>
    <message>
        <source>Added {name} (ID {id}) to the Inbox.</source>
        <translation>Se agregó a {name} (ID {id}) a la Bandeja de entrada.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>CVs ({patterns});;All files (*)</source>
        <translation>CV ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a CV</source>
        <translation>Elegir un CV</translation>
    </message>
</context>
<context>
    <name>MessageToken</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The candidate&apos;s first name</source>
        <translation>El nombre del candidato</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>The candidate&apos;s first and last name</source>
        <translation>El nombre y apellido del candidato</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Your company&apos;s name</source>
        <translation>El nombre de su empresa</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>The title of the candidate&apos;s campaign</source>
        <translation>El título de la campaña del candidato</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Código PIN</translation>
    </message>
    <message>
        <source>The PIN that starts the phone interview</source>
        <translation>El PIN que inicia la entrevista telefónica</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Who referred the candidate (referral programs)</source>
        <translation>Quién refirió al candidato (programas de referidos)</translation>
    </message>
    <message>
        <source>Messenger interview link</source>
        <translation>Enlace de entrevista por Messenger</translation>
    </message>
    <message>
        <source>The link to the chatbot</source>
        <translation>El enlace al chatbot</translation>
    </message>
    <message>
        <source>Web interview link</source>
        <translation>Enlace de entrevista web</translation>
    </message>
    <message>
        <source>The phone interview, in the browser</source>
        <translation>La entrevista telefónica, en el navegador</translation>
    </message>
    <message>
        <source>Web interview link (straight to questions)</source>
        <translation>Enlace de entrevista web (directo a las preguntas)</translation>
    </message>
    <message>
        <source>The web interview, skipping ahead to the first question</source>
        <translation>La entrevista web, que salta directamente a la primera pregunta</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Sent to invite a candidate to the interview</source>
        <translation>Se envía para invitar a un candidato a la entrevista</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <source>Sent once the candidate completes the interview</source>
        <translation>Se envía cuando el candidato completa la entrevista</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionado</translation>
    </message>
    <message>
        <source>Offered when a candidate is moved to Shortlisted</source>
        <translation>Se ofrece al mover a un candidato a Preseleccionados</translation>
    </message>
    <message>
        <source>Rejection</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Offered when a candidate is moved to Rejected</source>
        <translation>Se ofrece al mover a un candidato a Rechazados</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>MessengerTab</name>
    <message>
        <source>Disabled: the campaign is not in the Page&apos;s chatbot</source>
        <translation>Desactivado: la campaña no aparece en el chatbot de la página</translation>
    </message>
    <message>
        <source>Job position: the chatbot shows this opening as a card</source>
        <translation>Puesto de trabajo: el chatbot muestra esta vacante como una tarjeta</translation>
    </message>
    <message>
        <source>Inquiry type: candidates state their question; a recruiter answers in the chat</source>
        <translation>Tipo de consulta: los candidatos plantean su pregunta; un reclutador responde en el chat</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Título del puesto</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <source>Detailed description</source>
        <translation>Descripción detallada</translation>
    </message>
    <message>
        <source>Apply URL</source>
        <translation>URL para postularse</translation>
    </message>
    <message>
        <source>Facebook bot</source>
        <translation>Bot de Facebook</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Apply URL</source>
        <translation>&amp;URL para postularse</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>View Description</source>
        <translation>Ver descripción</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Postularse</translation>
    </message>
    <message>
        <source>at most {limit} characters ({count})</source>
        <translation>como máximo {limit} caracteres ({count})</translation>
    </message>
</context>
<context>
    <name>Outbound</name>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>Interest check</source>
        <translation>Consulta de interés</translation>
    </message>
    <message>
        <source>Interview scheduling</source>
        <translation>Programación de entrevistas</translation>
    </message>
    <message>
        <source>Online interview</source>
        <translation>Entrevista en línea</translation>
    </message>
    <message>
        <source>Assessment reminder</source>
        <translation>Recordatorio de evaluación</translation>
    </message>
    <message>
        <source>IVR (keypad)</source>
        <translation>IVR (teclado)</translation>
    </message>
    <message>
        <source>AI call</source>
        <translation>Llamada con IA</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Running: call at the scheduled times</source>
        <translation>En curso: llamar en los horarios programados</translation>
    </message>
    <message>
        <source>Paused: resume it to call</source>
        <translation>En pausa: reanúdela para llamar</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interesado</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Buzón de voz</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Calling…</source>
        <translation>Llamando…</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Después de la llamada</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>MMM d, h:mm AP</source>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <source>MMM d, HH:mm</source>
        <translation>d MMM, HH:mm</translation>
    </message>
    <message>
        <source>MMM dd, yyyy h:mm AP</source>
        <translation>dd MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 prospecto</translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation>{count} prospectos</translation>
    </message>
</context>
<context>
    <name>OutboundActions</name>
    <message>
        <source>Created campaign {title}</source>
        <translation>Se creó la campaña {title}</translation>
    </message>
    <message>
        <source>Saved campaign {title}</source>
        <translation>Se guardó la campaña {title}</translation>
    </message>
    <message>
        <source>Saving the campaign</source>
        <translation>Guardando la campaña</translation>
    </message>
    <message>
        <source>Pausing the campaign</source>
        <translation>Pausando la campaña</translation>
    </message>
    <message>
        <source>Paused {title}</source>
        <translation>{title} en pausa</translation>
    </message>
    <message>
        <source>Resuming the campaign</source>
        <translation>Reanudando la campaña</translation>
    </message>
    <message>
        <source>Resumed {title}</source>
        <translation>{title} reanudada</translation>
    </message>
    <message>
        <source>Added {leads}</source>
        <translation>Agregados: {leads}</translation>
    </message>
    <message>
        <source>; skipped {count} (already on it or do-not-call)</source>
        <translation>; omitidos: {count} (ya estaban o no se debe llamar)</translation>
    </message>
    <message>
        <source>Adding leads</source>
        <translation>Agregando prospectos</translation>
    </message>
    <message>
        <source>Removing leads</source>
        <translation>Quitando prospectos</translation>
    </message>
    <message>
        <source>Removed {leads}</source>
        <translation>Quitados: {leads}</translation>
    </message>
    <message>
        <source>Marked {leads} submitted</source>
        <translation>Marcados como evaluación enviada: {leads}</translation>
    </message>
    <message>
        <source>Marked {leads} not submitted</source>
        <translation>Marcados como evaluación no enviada: {leads}</translation>
    </message>
    <message>
        <source>Marking the assessment</source>
        <translation>Marcando la evaluación</translation>
    </message>
</context>
<context>
    <name>OutcomeChart</name>
    <message>
        <source>Interested</source>
        <translation>Interesados</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>No interesados</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No contactados</translation>
    </message>
    <message>
        <source>Call outcomes over time</source>
        <translation>Resultados de las llamadas en el tiempo</translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation>Resultados de las llamadas</translation>
    </message>
    <message>
        <source>No calls made yet</source>
        <translation>Aún no se han hecho llamadas</translation>
    </message>
</context>
<context>
    <name>PermissionsTab</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Has access</source>
        <translation>Con acceso</translation>
    </message>
    <message>
        <source>&amp;Give access →</source>
        <translation>&amp;Dar acceso →</translation>
    </message>
    <message>
        <source>← &amp;Remove access</source>
        <translation>← &amp;Quitar acceso</translation>
    </message>
    <message>
        <source>Managers with access see the campaign and its candidates; the company&apos;s owners see every campaign.</source>
        <translation>Los gerentes con acceso ven la campaña y sus candidatos; los propietarios de la empresa ven todas las campañas.</translation>
    </message>
</context>
<context>
    <name>PollStatus</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificada</translation>
    </message>
    <message>
        <source>token_expired</source>
        <translation>token vencido</translation>
    </message>
    <message>
        <source>rate_limited</source>
        <translation>límite de solicitudes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>PurposeFields</name>
    <message>
        <source>Up to {max} characters</source>
        <translation>Hasta {max} caracteres</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Título del puesto</translation>
    </message>
    <message>
        <source>e.g. Customer Service Representative</source>
        <translation>p. ej., Representante de servicio al cliente</translation>
    </message>
    <message>
        <source>Job location</source>
        <translation>Ubicación del puesto</translation>
    </message>
    <message>
        <source>e.g. Pasig City</source>
        <translation>p. ej., Pasig City</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Descripción del puesto</translation>
    </message>
    <message>
        <source>Interview slots</source>
        <translation>Horarios de entrevista</translation>
    </message>
    <message>
        <source>One per line; leads press 1 to 8</source>
        <translation>Uno por línea; los prospectos presionan del 1 al 8</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace de la reunión</translation>
    </message>
    <message>
        <source>Assessment test ID</source>
        <translation>ID de la prueba de evaluación</translation>
    </message>
    <message>
        <source>Assessment name</source>
        <translation>Nombre de la evaluación</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>SMS de recordatorio</translation>
    </message>
    <message>
        <source>Post-call SMS</source>
        <translation>SMS posterior a la llamada</translation>
    </message>
    <message>
        <source>First reminder after</source>
        <translation>Primer recordatorio</translation>
    </message>
    <message>
        <source>Invited candidates</source>
        <translation>Candidatos invitados</translation>
    </message>
    <message>
        <source>Add candidates invited to the assessment as leads</source>
        <translation>Agregar como prospectos a los candidatos invitados a la evaluación</translation>
    </message>
    <message>
        <source>hours after a lead is added</source>
        <translation>horas después de agregar un prospecto</translation>
    </message>
</context>
<context>
    <name>RetryRow</name>
    <message>
        <source>Same day</source>
        <translation>Mismo día</translation>
    </message>
    <message>
        <source>hh:mm AP</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this retry</source>
        <translation>Quitar este reintento</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source> day later</source>
        <translation> día después</translation>
    </message>
    <message>
        <source> days later</source>
        <translation> días después</translation>
    </message>
</context>
<context>
    <name>ScheduleFields</name>
    <message>
        <source>First call time</source>
        <translation>Hora de la primera llamada</translation>
    </message>
    <message>
        <source>MMM dd, yyyy hh:mm AP</source>
        <translation>dd MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>Add retry</source>
        <translation>Agregar reintento</translation>
    </message>
    <message>
        <source>Calling window from</source>
        <translation>Horario de llamadas desde</translation>
    </message>
    <message>
        <source>Calling window until</source>
        <translation>Horario de llamadas hasta</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>llamadas/s</translation>
    </message>
    <message>
        <source>Calls per second</source>
        <translation>Llamadas por segundo</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Primera llamada</translation>
    </message>
    <message>
        <source>Follow-up retries</source>
        <translation>Reintentos de seguimiento</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>in each lead&apos;s local time</source>
        <translation>en la hora local de cada prospecto</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Horario de llamadas</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Calling started {when}: the call time and follow-up retries can no longer change.</source>
        <translation>Las llamadas comenzaron el {when}: la hora de llamada y los reintentos de seguimiento ya no pueden cambiar.</translation>
    </message>
</context>
<context>
    <name>ScheduleTimeline</name>
    <message>
        <source>First call</source>
        <translation>Primera llamada</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>mismo día</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>día siguiente</translation>
    </message>
    <message>
        <source>+{days} days</source>
        <translation>+{days} días</translation>
    </message>
    <message>
        <source>Retry {n}</source>
        <translation>Reintento {n}</translation>
    </message>
    <message>
        <source>Call schedule</source>
        <translation>Programación de llamadas</translation>
    </message>
    <message>
        <source>No call time set</source>
        <translation>No hay hora de llamada definida</translation>
    </message>
</context>
<context>
    <name>SmsEditor</name>
    <message>
        <source>Send this SMS</source>
        <translation>Enviar este SMS</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>Texto del SMS</translation>
    </message>
    <message>
        <source>{characters} characters · {encoding} · {segments} SMS</source>
        <translation>{characters} caracteres · {encoding} · {segments} SMS</translation>
    </message>
    <message>
        <source>({units} units)</source>
        <translation>({units} unidades)</translation>
    </message>
    <message>
        <source>SMS {n} of {count}</source>
        <translation>SMS {n} de {count}</translation>
    </message>
</context>
<context>
    <name>TokenMenu</name>
    <message>
        <source>Insert token</source>
        <translation>Insertar variable</translation>
    </message>
    <message>
        <source>Restore default</source>
        <translation>Restaurar predeterminado</translation>
    </message>
</context>
<context>
    <name>TrafficAdTab</name>
    <message>
        <source>Open website</source>
        <translation>Abrir sitio web</translation>
    </message>
    <message>
        <source>Send a postback</source>
        <translation>Enviar un postback</translation>
    </message>
    <message>
        <source>Button {n} label (20 characters)</source>
        <translation>Etiqueta del botón {n} (20 caracteres)</translation>
    </message>
    <message>
        <source>Website URL or payload</source>
        <translation>URL del sitio web o payload</translation>
    </message>
    <message>
        <source>Traffic ad JSON</source>
        <translation>JSON del anuncio de tráfico</translation>
    </message>
    <message>
        <source>Quick creation</source>
        <translation>Creación rápida</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>Guardar en archivo…</translation>
    </message>
    <message>
        <source>The welcome a candidate gets in Messenger after clicking a Click-to-Messenger ad. Leave it empty when the campaign runs no such ad.</source>
        <translation>La bienvenida que recibe un candidato en Messenger después de hacer clic en un anuncio Click-to-Messenger. Déjelo vacío si la campaña no tiene ese tipo de anuncio.</translation>
    </message>
    <message>
        <source>Traffic ad</source>
        <translation>Anuncio de tráfico</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image &amp; text</source>
        <translation>Imagen y texto</translation>
    </message>
    <message>
        <source>https://... (Image &amp; text)</source>
        <translation>https://... (Imagen y texto)</translation>
    </message>
    <message>
        <source>Introductory text</source>
        <translation>Texto de introducción</translation>
    </message>
    <message>
        <source>Message format</source>
        <translation>Formato del mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation>Botón {n}</translation>
    </message>
    <message>
        <source>This content can only be edited as JSON</source>
        <translation>Este contenido solo se puede editar como JSON</translation>
    </message>
    <message>
        <source>Save the content</source>
        <translation>Guardar el contenido</translation>
    </message>
</context>
</TS>
