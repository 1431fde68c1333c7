<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Invite to Assessment</source>
        <translation>Invitar a evaluación</translation>
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
        <source>Records that {name} was invited. Running assessment campaigns for this test that add invited candidates take them as a lead.</source>
        <translation>Registra que {name} fue invitado. Las campañas de evaluación activas para esta prueba que agregan a los candidatos invitados lo toman como prospecto.</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>el candidato</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Invite to the assessment</source>
        <translation>Invitar a la evaluación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Test ID</source>
        <translation>ID de la prueba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Private comment · not visible to the candidate</source>
        <translation>Comentario privado · el candidato no lo ve</translation>
    </message>
    <message>
        <source>Audio message</source>
        <translation>Mensaje de audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>the quick reply was deleted meanwhile</source>
        <translation>la respuesta rápida se eliminó mientras tanto</translation>
    </message>
    <message>
        <source>Label the selected candidates</source>
        <translation>Etiquetar a los candidatos seleccionados</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message>
        <source>By SMS, or email without a phone number</source>
        <translation>Por SMS, o por correo a quien no tenga teléfono</translation>
    </message>
    <message>
        <source>By SMS only</source>
        <translation>Solo por SMS</translation>
    </message>
    <message>
        <source>By email only</source>
        <translation>Solo por correo electrónico</translation>
    </message>
    <message>
        <source>No quick replies yet (add them in the composer)</source>
        <translation>Aún no hay respuestas rápidas (agréguelas en el editor de mensajes)</translation>
    </message>
    <message>
        <source>New label…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>No labels yet</source>
        <translation>Aún no hay etiquetas</translation>
    </message>
    <message>
        <source>Select all matching</source>
        <translation>Seleccionar todos los que coinciden</translation>
    </message>
    <message>
        <source>Every candidate matching the list, loaded or not (Ctrl+A)</source>
        <translation>Todos los candidatos que coinciden con la lista, cargados o no (Ctrl+A)</translation>
    </message>
    <message>
        <source>all matching</source>
        <translation>todos los que coinciden</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <source>Clear selection (Esc)</source>
        <translation>Borrar selección (Esc)</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Move selected to folder</source>
        <translation>Mover los seleccionados a una carpeta</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Add label to selected</source>
        <translation>Agregar etiqueta a los seleccionados</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Remove label from selected</source>
        <translation>Quitar etiqueta de los seleccionados</translation>
    </message>
    <message>
        <source>Refresh PIN</source>
        <translation>Renovar PIN</translation>
    </message>
    <message>
        <source>Refresh PIN code of selected</source>
        <translation>Renovar el código PIN de los seleccionados</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Enviar invitación</translation>
    </message>
    <message>
        <source>Send invitation to selected</source>
        <translation>Enviar invitación a los seleccionados</translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation>Respuesta rápida</translation>
    </message>
    <message>
        <source>Send quick reply to selected</source>
        <translation>Enviar respuesta rápida a los seleccionados</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s invitation (its SMS and email)</source>
        <translation>Enviar la invitación de la campaña (su SMS y correo electrónico)</translation>
    </message>
    <message>
        <source>Send one of the company&apos;s quick replies to everyone selected</source>
        <translation>Enviar una de las respuestas rápidas de la empresa a todos los seleccionados</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} seleccionados</translation>
    </message>
</context>
<context>
    <name>CandidateDelegate</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Aún no hay mensajes</translation>
    </message>
</context>
<context>
    <name>CandidateListModel</name>
    <message>
        <source>{name} · ID {id} · {folder}</source>
        <translation>{name} · ID {id} · {folder}</translation>
    </message>
</context>
<context>
    <name>CandidateListPane</name>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>No candidates here</source>
        <translation>No hay candidatos aquí</translation>
    </message>
    <message>
        <source>Hide filters</source>
        <translation>Ocultar filtros</translation>
    </message>
    <message>
        <source>Show filters</source>
        <translation>Mostrar filtros</translation>
    </message>
    <message>
        <source>Filter · {active}</source>
        <translation>Filtrar · {active}</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Search name, email, phone or ID</source>
        <translation>Buscar nombre, correo, teléfono o ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation>Buscar candidatos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Add candidate</source>
        <translation>Agregar candidato</translation>
    </message>
    <message>
        <source>Add candidates by hand, from a CSV file or a Google sheet (Ctrl+N)</source>
        <translation>Agregar candidatos a mano, desde un archivo CSV o una hoja de Google (Ctrl+N)</translation>
    </message>
    <message>
        <source>Where this list comes from</source>
        <translation>De dónde viene esta lista</translation>
    </message>
</context>
<context>
    <name>ChannelCombo</name>
    <message>
        <source>The channel the message goes out on</source>
        <translation>El canal por el que sale el mensaje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
</context>
<context>
    <name>ChatActionsBar</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Conversation actions</source>
        <translation>Acciones de la conversación</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>My phone</source>
        <translation>Mi teléfono</translation>
    </message>
    <message>
        <source>Your phone rings first, then the candidate&apos;s (e.g. +63 917 ...);
it is kept in My Account:</source>
        <translation>Primero suena su teléfono y luego el del candidato (p. ej., +63 917 ...);
se guarda en Mi cuenta:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Call: dialing…</source>
        <translation>Llamada: marcando…</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Llamada finalizada</translation>
    </message>
    <message>
        <source>Calling the candidate</source>
        <translation>Llamando al candidato</translation>
    </message>
    <message>
        <source>Call: {state}</source>
        <translation>Llamada: {state}</translation>
    </message>
    <message>
        <source>Call failed: {reason}</source>
        <translation>La llamada falló: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <source>Retry sending</source>
        <translation>Reintentar envío</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de la conversación</translation>
    </message>
    <message>
        <source>No candidate selected</source>
        <translation>Ningún candidato seleccionado</translation>
    </message>
    <message>
        <source>Select a candidate to see the conversation.</source>
        <translation>Seleccione un candidato para ver la conversación.</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message>
        <source>{count} messages</source>
        <translation>{count} mensajes</translation>
    </message>
    <message>
        <source>No messages yet.

Write the first message below, or a private comment.</source>
        <translation>Aún no hay mensajes.

Escriba abajo el primer mensaje o un comentario privado.</translation>
    </message>
    <message>
        <source>Preview: {text}</source>
        <translation>Vista previa: {text}</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviado: {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>New quick reply…</source>
        <translation>Nueva respuesta rápida…</translation>
    </message>
    <message>
        <source>Manage quick replies…</source>
        <translation>Administrar respuestas rápidas…</translation>
    </message>
    <message>
        <source>Pick a date and time…</source>
        <translation>Elegir fecha y hora…</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter para enviar</translation>
    </message>
    <message>
        <source>Not visible to the candidate</source>
        <translation>El candidato no lo ve</translation>
    </message>
    <message>
        <source>{count} characters per SMS</source>
        <translation>{count} caracteres por SMS</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 carácter</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} caracteres</translation>
    </message>
    <message>
        <source>UCS-2 because of {characters}</source>
        <translation>UCS-2 por {characters}</translation>
    </message>
    <message>
        <source>One SMS holds {count} {encoding} characters; {left} left.</source>
        <translation>Un SMS admite {count} caracteres {encoding}; quedan {left}.</translation>
    </message>
    <message>
        <source>Sent as {segments} SMS of up to {count} characters each; {left} left before SMS number {next}.</source>
        <translation>Se envía como {segments} SMS de hasta {count} caracteres cada uno; quedan {left} antes del SMS número {next}.</translation>
    </message>
    <message>
        <source>Not in the GSM alphabet: {names}. Without them an SMS holds 160 characters.</source>
        <translation>No están en el alfabeto GSM: {names}. Sin ellos, un SMS admite 160 caracteres.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Write a message to the candidate</source>
        <translation>Escriba un mensaje al candidato</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Write a private comment</source>
        <translation>Escriba un comentario privado</translation>
    </message>
    <message>
        <source>Insert token</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation>Enviar más tarde…</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Longitud del SMS</translation>
    </message>
    <message>
        <source>Not sent: {problem}</source>
        <translation>No enviado: {problem}</translation>
    </message>
    <message>
        <source>Not scheduled: {problem}</source>
        <translation>No programado: {problem}</translation>
    </message>
    <message>
        <source>Tomorrow {clock} (candidate&apos;s time)</source>
        <translation>Mañana {clock} (hora del candidato)</translation>
    </message>
    <message>
        <source>Monday {clock} (candidate&apos;s time)</source>
        <translation>Lunes {clock} (hora del candidato)</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (y 1 problema más)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Texto del comentario</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Write a private comment — only your team sees it</source>
        <translation>Escriba un comentario privado — solo su equipo lo ve</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation>ddd d MMM yyyy  HH:mm</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
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
        <source>today {clock}</source>
        <translation>hoy {clock}</translation>
    </message>
    <message>
        <source>ddd H:mm</source>
        <translation>ddd H:mm</translation>
    </message>
    <message>
        <source>ddd d MMM H:mm</source>
        <translation>ddd d MMM H:mm</translation>
    </message>
    <message>
        <source>Scheduled for {when} (candidate&apos;s time)</source>
        <translation>Programado para {when} (hora del candidato)</translation>
    </message>
    <message>
        <source>dddd d MMMM, H:mm</source>
        <translation>dddd d &apos;de&apos; MMMM, H:mm</translation>
    </message>
</context>
<context>
    <name>EventNotes</name>
    <message>
        <source>The robocall was not answered.</source>
        <translation>La llamada automática no fue contestada.</translation>
    </message>
    <message>
        <source>The robocall got a busy line (or the candidate declined it).</source>
        <translation>La llamada automática dio ocupado (o el candidato la rechazó).</translation>
    </message>
    <message>
        <source>The robocall could not be connected.</source>
        <translation>No se pudo conectar la llamada automática.</translation>
    </message>
    <message>
        <source>The robocall was canceled before it was answered.</source>
        <translation>La llamada automática se canceló antes de ser contestada.</translation>
    </message>
    <message>
        <source>Twilio has no recording of the call.</source>
        <translation>Twilio no tiene la grabación de la llamada.</translation>
    </message>
    <message>
        <source>Bot stopped by {value}</source>
        <translation>Bot detenido por {value}</translation>
    </message>
    <message>
        <source>Bot resumed by {value}</source>
        <translation>Bot reanudado por {value}</translation>
    </message>
    <message>
        <source>Invitation not sent: {value}</source>
        <translation>Invitación no enviada: {value}</translation>
    </message>
    <message>
        <source>Auto-call not placed: {value}</source>
        <translation>Llamada automática no realizada: {value}</translation>
    </message>
    <message>
        <source>The robocall could not be placed: {value}</source>
        <translation>No se pudo realizar la llamada automática: {value}</translation>
    </message>
    <message>
        <source>The robocall could not be followed: {value}</source>
        <translation>No se pudo dar seguimiento a la llamada automática: {value}</translation>
    </message>
    <message>
        <source>Transcript of the robocall: {value}</source>
        <translation>Transcripción de la llamada automática: {value}</translation>
    </message>
    <message>
        <source>Robocall finished: all {count} questions answered.</source>
        <translation>Llamada automática terminada: se respondieron las {count} preguntas.</translation>
    </message>
    <message>
        <source>The robocall ended after {answers} of {count} answers.</source>
        <translation>La llamada automática terminó tras {answers} de {count} respuestas.</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitación enviada</translation>
    </message>
    <message>
        <source>[image]</source>
        <translation>[imagen]</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>Completed or not</source>
        <translation>Completada o no</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completada</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added from</source>
        <translation>Agregado desde</translation>
    </message>
    <message>
        <source>Added until</source>
        <translation>Agregado hasta</translation>
    </message>
    <message>
        <source>Interview completed</source>
        <translation>Entrevista completada</translation>
    </message>
    <message>
        <source>Labels to filter by</source>
        <translation>Etiquetas para filtrar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer filtros</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>1 label</source>
        <translation>1 etiqueta</translation>
    </message>
    <message>
        <source>{count} labels</source>
        <translation>{count} etiquetas</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquier fecha</translation>
    </message>
</context>
<context>
    <name>FolderList</name>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Candidate folders with the number of candidates in each</source>
        <translation>Carpetas de candidatos con la cantidad de candidatos en cada una</translation>
    </message>
    <message>
        <source>{folder}, {count}</source>
        <translation>{folder}, {count}</translation>
    </message>
</context>
<context>
    <name>LabelChips</name>
    <message>
        <source>+ Label</source>
        <translation>+ Etiqueta</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Agregar etiqueta</translation>
    </message>
    <message>
        <source>Add a label to this candidate</source>
        <translation>Agregar una etiqueta a este candidato</translation>
    </message>
    <message>
        <source>Labels to add</source>
        <translation>Etiquetas para agregar</translation>
    </message>
    <message>
        <source>Remove label {label}</source>
        <translation>Quitar la etiqueta {label}</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>Quitar {label}</translation>
    </message>
    <message>
        <source>Kept up to date automatically</source>
        <translation>Se actualiza automáticamente</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Label name</source>
        <translation>Nombre de la etiqueta</translation>
    </message>
    <message>
        <source>e.g. Night shift OK</source>
        <translation>p. ej., Acepta turno nocturno</translation>
    </message>
    <message>
        <source>{colour} colour</source>
        <translation>Color {colour}</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create label</source>
        <translation>Crear etiqueta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>LabelList</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Click a label to list the candidates carrying it</source>
        <translation>Haga clic en una etiqueta para ver los candidatos que la tienen</translation>
    </message>
    <message>
        <source>Set automatically</source>
        <translation>Asignada automáticamente</translation>
    </message>
    <message>
        <source>{label}, active filter</source>
        <translation>{label}, filtro activo</translation>
    </message>
</context>
<context>
    <name>ListCounter</name>
    <message>
        <source>Counting the list</source>
        <translation>Contando la lista</translation>
    </message>
</context>
<context>
    <name>ListScope</name>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Search results · {label}</source>
        <translation>Resultados de búsqueda · {label}</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>These candidates are no longer in the workspace.</source>
        <translation>Estos candidatos ya no están en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Nobody carries the label {label}.</source>
        <translation>Nadie tiene la etiqueta {label}.</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
    <message>
        <source>Nobody matches. Try a name, email, phone number or candidate ID.</source>
        <translation>Nadie coincide. Pruebe con un nombre, correo, número de teléfono o ID de candidato.</translation>
    </message>
    <message>
        <source>Nobody in {folder} matches these filters.</source>
        <translation>Nadie en {folder} coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No candidates in {folder}.</source>
        <translation>No hay candidatos en {folder}.</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>1 candidato</translation>
    </message>
    <message>
        <source>{count} candidates</source>
        <translation>{count} candidatos</translation>
    </message>
</context>
<context>
    <name>ManageQuickRepliesDialog</name>
    <message>
        <source>Quick replies</source>
        <translation>Respuestas rápidas</translation>
    </message>
    <message>
        <source>Quick reply title</source>
        <translation>Título de la respuesta rápida</translation>
    </message>
    <message>
        <source>Quick reply text</source>
        <translation>Texto de la respuesta rápida</translation>
    </message>
    <message>
        <source>No quick replies yet. Save one from the composer.</source>
        <translation>Aún no hay respuestas rápidas. Guarde una desde el editor de mensajes.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Save the quick reply</source>
        <translation>Guardar la respuesta rápida</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the quick reply</source>
        <translation>Eliminar la respuesta rápida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
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
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>The provider gave no reason.</source>
        <translation>El proveedor no indicó el motivo.</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidato</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Private comment</source>
        <translation>Comentario privado</translation>
    </message>
    <message>
        <source>press Enter to retry sending</source>
        <translation>presione Enter para reintentar el envío</translation>
    </message>
    <message>
        <source>{kind} attachment</source>
        <translation>adjunto de {kind}</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Show All</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Show candidates of one campaign or all</source>
        <translation>Mostrar candidatos de una campaña o de todas</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Campaign options</source>
        <translation>Opciones de la campaña</translation>
    </message>
    <message>
        <source>Add candidates, export the campaign</source>
        <translation>Agregar candidatos, exportar la campaña</translation>
    </message>
</context>
<context>
    <name>NotifyPrompt</name>
    <message>
        <source>Ask Each Time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <source>Always Notify</source>
        <translation>Notificar siempre</translation>
    </message>
    <message>
        <source>Never Notify</source>
        <translation>No notificar nunca</translation>
    </message>
    <message>
        <source>After Shortlisting</source>
        <translation>Tras preseleccionar</translation>
    </message>
    <message>
        <source>After Rejecting</source>
        <translation>Tras rechazar</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>No volver a preguntar</translation>
    </message>
    <message>
        <source>the candidate</source>
        <translation>el candidato</translation>
    </message>
    <message>
        <source>Notify {name} that they were shortlisted?</source>
        <translation>¿Notificar a {name} que fue preseleccionado?</translation>
    </message>
    <message>
        <source>Notify {name} that they were rejected?</source>
        <translation>¿Notificar a {name} que fue rechazado?</translation>
    </message>
    <message>
        <source>Notify the {count} candidates that they were shortlisted?</source>
        <translation>¿Notificar a los {count} candidatos que fueron preseleccionados?</translation>
    </message>
    <message>
        <source>Notify the {count} candidates that they were rejected?</source>
        <translation>¿Notificar a los {count} candidatos que fueron rechazados?</translation>
    </message>
    <message>
        <source>Notify candidates</source>
        <translation>Notificar a los candidatos</translation>
    </message>
    <message>
        <source>This sends the campaign&apos;s Shortlisted message.
Enter notifies, Esc does not.</source>
        <translation>Esto envía el mensaje de Preseleccionados de la campaña.
Enter notifica, Esc no.</translation>
    </message>
    <message>
        <source>This sends the campaign&apos;s Rejection message.
Enter notifies, Esc does not.</source>
        <translation>Esto envía el mensaje de Rechazo de la campaña.
Enter notifica, Esc no.</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Notificar</translation>
    </message>
    <message>
        <source>Don&apos;t notify</source>
        <translation>No notificar</translation>
    </message>
    <message>
        <source>Remember this answer; change it in Settings &gt; Notify Candidates</source>
        <translation>Recordar esta respuesta; cámbiela en Configuración &gt; Notificar a los candidatos</translation>
    </message>
</context>
<context>
    <name>OutboxIndicator</name>
    <message>
        <source>Outbox status</source>
        <translation>Estado de la bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>{status}. Messages are sent in the background while the window is open.</source>
        <translation>{status}. Los mensajes se envían en segundo plano mientras la ventana está abierta.</translation>
    </message>
</context>
<context>
    <name>OutboxSync</name>
    <message>
        <source>{count} queued</source>
        <translation>{count} en cola</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} fallidos</translation>
    </message>
    <message>
        <source>Outbox: all sent</source>
        <translation>Bandeja de salida: todo enviado</translation>
    </message>
    <message>
        <source>Outbox: {counts}</source>
        <translation>Bandeja de salida: {counts}</translation>
    </message>
    <message>
        <source>Sync stopped: {error}</source>
        <translation>La sincronización se detuvo: {error}</translation>
    </message>
    <message>
        <source>Offline: {reason}</source>
        <translation>Sin conexión: {reason}</translation>
    </message>
</context>
<context>
    <name>ProfilePane</name>
    <message>
        <source>Shortlist</source>
        <translation>Preseleccionar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>On Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Hire</source>
        <translation>Contratar</translation>
    </message>
    <message>
        <source>Stop bot</source>
        <translation>Detener bot</translation>
    </message>
    <message>
        <source>Resume bot</source>
        <translation>Reanudar bot</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
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
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>PIN code</source>
        <translation>Código PIN</translation>
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
        <source>Employee ID</source>
        <translation>ID de empleado</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Candidate ID</source>
        <translation>ID del candidato</translation>
    </message>
    <message>
        <source>Copy candidate ID</source>
        <translation>Copiar ID del candidato</translation>
    </message>
    <message>
        <source>Copy the candidate ID</source>
        <translation>Copiar el ID del candidato</translation>
    </message>
    <message>
        <source>Open CV</source>
        <translation>Abrir CV</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Referee</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>More answers</source>
        <translation>Más respuestas</translation>
    </message>
    <message>
        <source>Experience and links</source>
        <translation>Experiencia y enlaces</translation>
    </message>
    <message>
        <source>ATS push</source>
        <translation>Envío al ATS</translation>
    </message>
    <message>
        <source>Select a candidate to see their profile.</source>
        <translation>Seleccione un candidato para ver su perfil.</translation>
    </message>
    <message>
        <source>Robocall</source>
        <translation>Llamada automática</translation>
    </message>
    <message>
        <source>Robocall: call for the phone interview</source>
        <translation>Llamada automática: llamar para la entrevista telefónica</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Invitar</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Enviar invitación</translation>
    </message>
    <message>
        <source>Send the campaign&apos;s invitation (its SMS and email)</source>
        <translation>Enviar la invitación de la campaña (su SMS y correo electrónico)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Invite to assessment</source>
        <translation>Invitar a evaluación</translation>
    </message>
    <message>
        <source>Record an invitation to an assessment (its assessment campaigns may add a lead)</source>
        <translation>Registrar una invitación a una evaluación (sus campañas de evaluación pueden agregar un prospecto)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Sharing: generate a link to this profile</source>
        <translation>Compartir: generar un enlace a este perfil</translation>
    </message>
    <message>
        <source>Share the profile with someone who has no account</source>
        <translation>Compartir el perfil con alguien que no tiene cuenta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>CV text</source>
        <translation>Texto del CV</translation>
    </message>
    <message>
        <source>Move to {folder}</source>
        <translation>Mover a {folder}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>Candidate ID: quote it when asking about this candidate</source>
        <translation>ID del candidato: menciónelo al preguntar por este candidato</translation>
    </message>
    <message>
        <source>Invitation not sent: {problem}</source>
        <translation>Invitación no enviada: {problem}</translation>
    </message>
    <message>
        <source>{pin} (until {day})</source>
        <translation>{pin} (hasta el {day})</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Call the candidate now for the campaign&apos;s phone interview</source>
        <translation>Llamar ahora al candidato para la entrevista telefónica de la campaña</translation>
    </message>
    <message>
        <source>No phone number to call</source>
        <translation>No hay número de teléfono al que llamar</translation>
    </message>
    <message>
        <source>Resume the interview bot</source>
        <translation>Reanudar el bot de entrevista</translation>
    </message>
    <message>
        <source>Stop the interview bot</source>
        <translation>Detener el bot de entrevista</translation>
    </message>
    <message>
        <source>The bot is stopped: it does not answer this candidate. Resume it</source>
        <translation>El bot está detenido: no responde a este candidato. Reanúdelo</translation>
    </message>
    <message>
        <source>Stop the bot answering this candidate (you take over the conversation)</source>
        <translation>Impedir que el bot responda a este candidato (usted se encarga de la conversación)</translation>
    </message>
    <message>
        <source>Open {file} with your viewer</source>
        <translation>Abrir {file} con su visor</translation>
    </message>
    <message>
        <source>The CV file is not on this computer</source>
        <translation>El archivo del CV no está en esta computadora</translation>
    </message>
    <message>
        <source>No CV uploaded</source>
        <translation>No se subió ningún CV</translation>
    </message>
    <message>
        <source>Why the invitation was not sent</source>
        <translation>Por qué no se envió la invitación</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>sent {when}</source>
        <translation>enviado el {when}</translation>
    </message>
    <message>
        <source>failed: {error}</source>
        <translation>falló: {error}</translation>
    </message>
</context>
<context>
    <name>QuickReplyDialog</name>
    <message>
        <source>New quick reply</source>
        <translation>Nueva respuesta rápida</translation>
    </message>
    <message>
        <source>Quick reply title</source>
        <translation>Título de la respuesta rápida</translation>
    </message>
    <message>
        <source>e.g. Interview reminder</source>
        <translation>p. ej., Recordatorio de entrevista</translation>
    </message>
    <message>
        <source>Quick reply text</source>
        <translation>Texto de la respuesta rápida</translation>
    </message>
    <message>
        <source>Insert token</source>
        <translation>Insertar marcador</translation>
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
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>ResponseCard</name>
    <message>
        <source>Text answer</source>
        <translation>Respuesta de texto</translation>
    </message>
    <message>
        <source>Audio answer</source>
        <translation>Respuesta de audio</translation>
    </message>
    <message>
        <source>Audio and text</source>
        <translation>Audio y texto</translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation>Reproducir grabación</translation>
    </message>
    <message>
        <source>Play the recording of answer {n}</source>
        <translation>Reproducir la grabación de la respuesta {n}</translation>
    </message>
    <message>
        <source>Opens the recording in your audio player</source>
        <translation>Abre la grabación en su reproductor de audio</translation>
    </message>
    <message>
        <source>The recording is not on this computer yet</source>
        <translation>La grabación aún no está en esta computadora</translation>
    </message>
    <message>
        <source>Transcript: “{text}”</source>
        <translation>Transcripción: «{text}»</translation>
    </message>
    <message>
        <source>Transcript: being transcribed offline…</source>
        <translation>Transcripción: se está transcribiendo sin conexión…</translation>
    </message>
    <message>
        <source>No transcript: {note}</source>
        <translation>Sin transcripción: {note}</translation>
    </message>
</context>
<context>
    <name>ResponsesSection</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>No interview answers yet</source>
        <translation>Aún no hay respuestas de la entrevista</translation>
    </message>
</context>
<context>
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar el</translation>
    </message>
    <message>
        <source>In the candidate&apos;s time zone (from their phone number).</source>
        <translation>En la zona horaria del candidato (según su número de teléfono).</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Schedule the message</source>
        <translation>Programar el mensaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send the message on</source>
        <translation>Enviar el mensaje el</translation>
    </message>
</context>
<context>
    <name>SendReportButton</name>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save the report of skipped candidates</source>
        <translation>Guardar el informe de los candidatos omitidos</translation>
    </message>
    <message>
        <source>A CSV file of the candidates skipped and why</source>
        <translation>Un archivo CSV con los candidatos omitidos y el motivo</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>the report was not saved: {reason}</source>
        <translation>el informe no se guardó: {reason}</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires (UTC)</source>
        <translation>Vence (UTC)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Share {name}</source>
        <translation>Compartir a {name}</translation>
    </message>
    <message>
        <source>Share candidate</source>
        <translation>Compartir candidato</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Link expires after</source>
        <translation>El enlace vence después de</translation>
    </message>
    <message>
        <source>optional: who it is for (email)</source>
        <translation>opcional: para quién es (correo)</translation>
    </message>
    <message>
        <source>Recipient email</source>
        <translation>Correo del destinatario</translation>
    </message>
    <message>
        <source>Generate link</source>
        <translation>Generar enlace</translation>
    </message>
    <message>
        <source>Save as page…</source>
        <translation>Guardar como página…</translation>
    </message>
    <message>
        <source>Write the page as one HTML file (no server needed)</source>
        <translation>Escribir la página como un solo archivo HTML (no requiere servidor)</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>Enlaces compartidos</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Vence después de</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Generating the link…</source>
        <translation>Generando el enlace…</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Enlace para compartir</translation>
    </message>
    <message>
        <source>Link copied: {url}</source>
        <translation>Enlace copiado: {url}</translation>
    </message>
    <message>
        <source>Emailed to {recipient}.</source>
        <translation>Enviado por correo a {recipient}.</translation>
    </message>
    <message>
        <source>The email to {recipient} was {outcome}</source>
        <translation>El correo a {recipient}: {outcome}</translation>
    </message>
    <message>
        <source>Revoke share link</source>
        <translation>Revocar enlace compartido</translation>
    </message>
    <message>
        <source>Link revoked: its page is gone.</source>
        <translation>Enlace revocado: su página ya no existe.</translation>
    </message>
    <message>
        <source>Save the profile as a page</source>
        <translation>Guardar el perfil como página</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Save share page</source>
        <translation>Guardar página compartida</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Select &amp;All Matching</source>
        <translation>Seleccionar &amp;todos los que coinciden</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Inbox</source>
        <translation>Recibidos</translation>
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
    <message>
        <source>No Campaign Invitation</source>
        <translation>Sin invitación</translation>
    </message>
    <message>
        <source>No Response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Intentado</translation>
    </message>
    <message>
        <source>&gt;50% completed</source>
        <translation>&gt;50% completado</translation>
    </message>
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
        <source>CV upload</source>
        <translation>CV subido</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Robocall</source>
        <translation>Llamada automática</translation>
    </message>
    <message>
        <source>Call Candidate</source>
        <translation>Llamar al candidato</translation>
    </message>
    <message>
        <source>Send Invitation SMS</source>
        <translation>Enviar SMS de invitación</translation>
    </message>
    <message>
        <source>Stop Bot</source>
        <translation>Detener bot</translation>
    </message>
    <message>
        <source>Resume Bot</source>
        <translation>Reanudar bot</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Responses (audio and transcripts)</source>
        <translation>Respuestas (audio y transcripciones)</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>conversation</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>cv</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Chat web</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
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
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Who referred the candidate (referral programs)</source>
        <translation>Quién refirió al candidato (programas de referidos)</translation>
    </message>
    <message>
        <source>Messenger interview link</source>
        <translation>Enlace de la entrevista por Messenger</translation>
    </message>
    <message>
        <source>The link to the chatbot</source>
        <translation>El enlace al chatbot</translation>
    </message>
    <message>
        <source>Web interview link</source>
        <translation>Enlace de la entrevista web</translation>
    </message>
    <message>
        <source>The phone interview, in the browser</source>
        <translation>La entrevista telefónica, en el navegador</translation>
    </message>
    <message>
        <source>Web interview link (straight to questions)</source>
        <translation>Enlace de la entrevista web (directo a las preguntas)</translation>
    </message>
    <message>
        <source>The web interview, skipping ahead to the first question</source>
        <translation>La entrevista web, saltando a la primera pregunta</translation>
    </message>
</context>
</TS>
