/// Words and phrases that signal what a buyer wants, grouped into concepts. They become
/// extra classifier features ("k:price" …) whose weights the model learns, so a few
/// hundred labelled messages generalize to wording they never contained: any message
/// with "traspaso", "marbete" or "papeles" shares the `documents` concept. A concept
/// whose cues make up the whole message also yields "k:<concept>-only" ("dale gracias"
/// is all politeness, "gracias, ¿y el traspaso?" is not), and the request-specific
/// concept covering the most words yields "k:<concept>-top" (see `IntentCueMatcher`).
///
/// `offtopic` and `complaint` are deliberately broad (weather, sports, politics, food,
/// school, code, money, health, other businesses, prompt-injection phrasing; rudeness,
/// waiting, broken promises, faults after a purchase): those two intents have the most
/// varied wording, and a concept shared by every off-topic subject is what lets the
/// model recognise subjects no labelled message mentions.
///
/// Entries are written naturally and normalized like messages. A trailing `*` marks a
/// stem ("financ*" covers financian, financiamiento, financiado).
enum IntentCues {
    /// Forms of address and glue words that never change what a message asks.
    static let fillers: Set<String> = [
        "manito", "mano", "hermano", "hermanito", "pana", "bro", "amigo", "amiga", "jefe", "loco", "mi", "brother",
        "mija", "mijo", "primo", "prima", "joven", "mami", "papi", "dona", "don", "senor", "senora", "y", "pues",
        "entonces", "por", "favor", "mira", "oye", "disculpe", "disculpa", "bueno", "gente", "manin", "compai",
        "compadre", "socio", "tigre", "cunado", "cunao", "amor", "jaja",
    ]

    /// Concepts whose "-only" feature is also pooled into "k:social-only".
    static let social: Set<String> = ["greet", "bye", "thanks", "yes", "no"]

    /// Cue words and the words of cue phrases, normalized, that spelling repair may
    /// restore ("garanita" → garantia); stems are in `cueStems`.
    static let cueWords: Set<String> = Set(cues.filter { !$0.hasSuffix("*") }.flatMap { TextNormalizer.tokens($0) })

    /// The stems of the cues ("financ" of "financ*").
    static let cueStems: [String] = cues.filter { $0.hasSuffix("*") }.flatMap { TextNormalizer.tokens(String($0.dropLast())) }

    private static var cues: [String] {
        concepts.flatMap { $0.cues.split(separator: "|").map(String.init) }
    }

    static let concepts: [(concept: String, cues: String)] = [
        ("greet", """
        hola|klk|que lo que|buenas|buenos dias|buenas tardes|buenas noches|buen dia|saludos|saludo|hey|hello|que tal|\
        como esta|como estas|como le va|como les va|como andan|como amanecieron|dimelo|oe|ey|alo|good morning|\
        good afternoon|espero que esten bien|como estan|como estamos|todo bien|como va todo|como te va|saludos desde|que hay|que mas|que hubo|mucho gusto|un saludo|holi|buen dia|\
        dime a ver|dime haber|dime ver|\
        wepa|como amanecio|como amaneciste|que es la que hay|saludos cordiales|como estan por alla|como andan por alla|como esta todo|como estan todos|todo bien por alla
        """),
        ("bye", """
        adios|bye|hasta luego|hasta pronto|hasta la proxima|hasta manana|hasta otro dia|nos vemos|nos hablamos|\
        hablamos|luego hablamos|despues hablamos|luego te escribo|luego le escribo|despues te escribo|\
        despues le escribo|mas tarde te escribo|te aviso|le aviso|les aviso|cuidate|cuidese|me retiro|me voy|\
        me despido|eso es todo|eso era todo|es todo|un placer|feliz tarde|feliz dia|feliz noche|que tengas|que tenga|\
        que pase|buen resto|dios le bendiga|dios te bendiga|bendiciones|tamo hablando|estamos hablando|\
        nos estamos viendo|lo pienso|voy a pensarlo|lo voy a pensar|lo voy a hablar|lo hablo con|lo consulto|\
        cualquier cosa|see you|good night|ya no necesito|por ahora es todo|gracias por la informacion|\
        gracias por su tiempo|gracias por todo|\
        luego te digo|despues te digo|luego le digo|despues le digo|estamos en contacto|seguimos en contacto|quedamos asi|hasta la vista|cuidense
        """),
        ("thanks", "gracias|agradecido|agradecida|agradezco|thank*|muy amable|se agradece"),
        ("yes", """
        si|dale|ok|claro|perfecto|tato|exacto|correcto|de una|esta bien|seguro|listo|nitido|eso mismo|asi mismo|\
        asi es|eso es|esa misma|ese mismo|me parece bien|me parece|de acuerdo|va|yes|okey|bacano|jevi|excelente|\
        genial|por supuesto|afirmativo|aja|sin problema|me sirve|me gusta|me encanta|ya|eso|\
        ta bien|hagale|vamos a eso|de una vez|sin duda|anja
        """),
        ("no", """
        nah|nel|negativo|tampoco|para nada|ninguna|ninguno|ni loco|ni loca|no me interesa|no me gusta|\
        no me convence|mejor no|no hace falta|no quiero|no por ahora|ni esa|ni ese|no gracias|no me sirve|nope|\
        olvidalo|dejalo asi|todavia no|aun no|no todavia|nada de eso|ninguna de esas|ninguno de esos|\
        no me llama la atencion|no es lo que busco|no es lo que quiero|ya compre|ya consegui|no estoy interesado|no estoy interesada|dejalo
        """),
        ("search", """
        busco|buscando|busca|buscar|necesito|quiero|me interesa|interesado|interesada|tienen|hay|ando detras|\
        ando buscando|ensename|ensenenme|muestrame|muestrenme|mostrar|opciones|algo|looking for|do you have|\
        que tienen|que hay|me recomiendan|recomiendame|quisiera|estoy viendo|conseguir|consigo|vendes|venden|\
        cambiar la busqueda|mejor una|mejor un|otra opcion|otras opciones|lo mismo pero|i need|presupuesto|\
        que me pueden ofrecer|me gustaria ver|que modelos|que marcas|catalogo|inventario|que carros|\
        mandame opciones|alguna|alguno|tendran|tendra|barato|barata|economico|economica|\
        tengo xprecio|con xprecio|mi tope|me alcanza|cuento con|que me sale con|me puedo llevar
        """),
        ("vehicle", """
        carro|carros|carrito|vehiculo|vehiculos|yipeta|yipetas|camioneta|camionetas|guagua|guaguas|sedan|motor|moto|\
        pasola|pickup|suv|minivan|van|auto|car|truck|xmodelo|xmarca|motores|motos|motocicleta*|pasolas|sedanes|pickups|\
        minivans|vans|autos|cars|trucks|jeepeta*|yipetica*|unidad|unidades
        """),
        ("spec", """
        automatica|automatico|automaticas|automaticos|mecanica|mecanico|de cambio|de cambios|diesel|gasolina|\
        hibrido|hibrida|hibridos|hibridas|electrico|electrica|nuevo|nueva|nuevas|nuevos|usado|usada|usados|usadas|\
        0 km|de paquete|recien importado|recien importada|pasajeros|filas|tercera fila|xano|4x4|de gas|a gas|glp|\
        full|familia
        """),
        ("details", """
        millaje|millas|kilometraje|kilometros|km|recorrido|full|camara|reversa|retroceso|sunroof|quemacocos|\
        cilindro*|cilindrada|turbo|transmision|4x4|4x2|awd|4wd|traccion|asientos|piel|cuero|pantalla|carplay|\
        android|bluetooth|gps|navegacion|sensor*|llave|push|aire|acondicionado|climatizador|gomas|goma|llantas|\
        neumaticos|rines|pintura|rayon*|abolladura*|choca*|golpe*|detalle*|dueno*|consumo|rendimiento|gasta|galon|\
        version|limited|basica|trim|equipad*|equipamiento|extras|accesorios|ficha|fotos|foto|video|videos|interior|\
        baul|historial|carfax|autocheck|titulo|salvage|rebuilt|inundad*|subasta|accidente*|original|retocad*|\
        alterad*|tapiceria|caballos|hp|motor|cc|litros|trae|especificacion*|cuantas millas|how many miles|\
        de que ano|que ano|de cual ano|cual ano|enfria|bolsas de aire|airbag*|tercera fila|caben|espacio|techo|panoramico|miles|mileage|\
        estado|condicion|condiciones|frenos|bateria|luces|puertas|vidrios|espejos|color|colores|revisado|\
        inspeccion|bocina|radio|musica|maletero|cajuela|pasajeros|\
        caja|cvt|maquina|cabina|doble cabina|rinde|vin|chasis|numero de chasis|correa*|amortiguador*|combustible|\
        ultimo servicio|le hicieron|funciona|funcionan|botones|cristales|mide|cuanto mide|consume|cuanto consume|que pais|de donde viene|de donde vino|procedencia|\
        leather|seats|owner|owners|what year|\
        fue de renta|fue de renta car|fue de alquiler|fue carro de|fue de uber|fue taxi|lo usaron|la usaron|lo usaban|la usaban|\
        hace ruido|hace algun ruido|algun ruido|ruidos|en el pais|tiempo en el pais|tanque|galones|repintad*|pintad*|\
        tablero|calefaccion|ventanas|aros|suspension|exterior|rodado|corrido|choque*|abollad*|golpead*|cilindraje|por dentro|por fuera|asiento*|full option|perfecto estado|buen estado|como esta de
        """),
        ("price", """
        precio*|presio|cuanto cuesta|cuanto vale|cuanto sale|cuanto es|en cuanto|cuanto por|cuanto piden|cuanto pide|\
        a como|cuesta|cuestan|vale|valen|valor|rebaj*|descuent*|negociable|negocia*|regatear|ultimo precio|lo ultimo|\
        lo menos|me lo deja|me la deja|me lo dejas|me la dejas|dejan|se la dejo|se lo dejo|te la dejo|dejo en|bajar|bajarme|bajen|oferta|ofrezco|te ofrezco|\
        cash|contado|efectivo|cacaraso|caro|cara|fuerte|itbis|mejor precio|precio final|how much|price|cost|piden|\
        pidiendo|te doy|le doy|cerramos|en pesos|en dolares|cuanto|xprecio|todo incluido|sale en|\
        carisima|carisimo|carita|carito|muy cara|muy caro|no baja|la baja|lo baja|en cuanto esta|en cuanto estan|cuanto esta|cuanto estan|\
        cuantos cuartos|cuanto cualto|cuantos chelitos|costo*|mejor oferta|mejor numero|un mejor numero|numero final|cual es el ultimo|su ultimo|tu ultimo|bajale|baja un|baja algo|\
        cuanto cobran|cuanto me cobran|lo mas bajo|cuanto seria|cuanto me sale|cuanto me cuesta|cuanto ta|cotiz*|monto|ganga|promocion|promo|rebajita|descuentico
        """),
        ("financing", """
        financ*|inicial|cuota*|mensualidad*|al mes|mensual*|banco*|prestamo*|tasa|interes*|credito*|datacredito|\
        aprueb*|aprobacion|aprobado|preaprobado|leasing|plan de pago|meses|plazo*|banreservas|popular|bhd|\
        scotiabank|asociacion|cooperativa|carta de trabajo|estados de cuenta|requisitos|independiente|pagar en|\
        pago mensual|pagos|a cuantos anos|el resto|porciento|seguro full|enganche|abono|fiador|ingresos|salario|\
        sueldo|score|historial crediticio|dar de inicial|de entrada|dar de entrada|saldo|\
        fiao|fiado|a plazos|por mes|poco a poco|mensualmente|tasa de interes|\
        la mitad|pagar la mitad|por partes|en partes|dos partes|\
        pa pagarla|pa pagarlo|para pagarla|para pagarlo|tiempo para pagar|\
        down payment|monthly|installments|payment plan|payment plans|loan|finance|interest rate|credit
        """),
        ("compare", """
        mejor|vs|versus|compar*|diferencia*|cual es mejor|cual me recomiendas|cual me recomienda|cual recomiendas|\
        cual me aconsejas|pros y contras|pros|contras|ventajas|desventajas|vale la pena|conviene|better|\
        cual de las dos|cual de los dos|cual de esas|cual de esos|cual de las tres|cual compro|entre la|entre el|\
        o la|o el|o una|o un|cual gasta|cual aguanta|cual es mas|cual sale|mas confiable|mas segura|mas seguro|\
        mas economica|reventa|que dice usted|que opinas|tu que dices|recomiendas|superior|\
        que es mejor|que es mas|que sale mejor|que sale mas|mas economico de|mas barato de mantener|\
        which one|which is better|better than|versus
        """),
        ("appointment", """
        cita|agend*|reserv*|visita*|pasar|paso|paso por|me paso|voy|vamos|probar|probarla|probarlo|prueba|\
        prueba de manejo|test drive|manejarla|manejarlo|manana|hoy|sabado|domingo|lunes|martes|miercoles|jueves|\
        viernes|fin de semana|esta semana|semana que viene|proxima semana|a las|am|pm|temprano|en la tarde|\
        en la manana|en la noche|mediodia|coordinar|coordinemos|cuadremos|cuadrar|confirmado|confirmo|\
        nos vemos alla|puedo ir|se puede ir|verla|verlo|a ver|en persona|ir a ver|tomorrow|see it|ahorita|\
        pasado manana|atender|tener lista|traer el carro|mecanico|darme una vuelta|dar una vuelta|\
        me doy la vuelta|visitarlos|que dia|a que hora puedo|revisar|revise|inspeccionar|\
        me esperan|esperenme|voy saliendo|voy de camino|en camino|llegando|en una hora|en media hora|ahorita voy|paso ahora
        """),
        ("trade", """
        parte de pago|parte del pago|como pago|en pago|cogen|coge|cojen|cogerian|cogeria|reciben|recibe|recibirian|\
        aceptan|acepta|aceptarian|toman|tomarian|tasen|tasar|tasacion|avaluo|valoran|evaluan|cambio|cambiar|\
        cambiarlo|cambiarla|permuta*|intercambi*|entregar|entrego|mi carro|mi yipeta|mi camioneta|mi vehiculo|\
        mi guagua|el mio|la mia|trade*|me dan por|cuanto me dan|cuanto me das|cuanto me darian|me darian|darian por|como inicial|vender el mio|vendo mi|\
        poner la diferencia|con diferencia|a cambio|mi pasola|mi motor|tengo un|tengo una|mi jeepeta|completar|\
        compran|me compran|dejar mi|dar mi|\
        cuanto le dan|cuanto le darian|le dan a|\
        trade in|trade ins|tradein|part of the payment|part of payment
        """),
        ("availability", """
        disponible*|todavia|aun|sigue|siguen|queda|quedan|existencia|stock|vendieron|vendio|se fue|despacharon|\
        reservad*|apartad*|separad*|en venta|a la venta|entrega inmediata|llega|llegan|lote|available|still|\
        la tienen|lo tienen|continua|fisicamente|del anuncio|publicaron|publicacion|publicada|publicado|status|\
        marketplace|vendida|vendido|unidades|les queda|encargar|pedido|\
        agot*|se acabaron|se acabo|por encargo|encargo|entrar|entren|se la llevaron|se lo llevaron|sold|en inventario|ya la vendieron|ya lo vendieron|hay la misma|\
        tiene comprador|ya tiene dueno|ya tiene comprador|tardan en traer|tardan en llegar|cuanto tardan|\
        esa misma pero|esa misma en|la misma pero|la misma en|ese mismo pero|ese mismo en|el mismo pero|el mismo en|\
        de esas en|de esos en|de esa en|mas de esas|mas de esos|\
        in stock|still have|still there|sold already|is it sold
        """),
        ("dealer", """
        donde|ubicad*|ubicacion|localizacion|direccion|sucursal*|horario*|abren|abre|cierran|cierra|abierto*|\
        atienden|trabajan|domingos|sabados|feriado|dia de fiesta|dealer|local|oficina|showroom|concesionario|\
        parqueo|estacionamiento|instagram|facebook|pagina web|pagina|web|redes|google maps|maps|mapa|pin|\
        referencia|llegar|como llego|como se llama|envio*|envian|taller|located|address|open|hasta que hora|\
        a que hora|de que hora|que hora|quedan|estan|av|avenida|calle|santiago|santo domingo|punta cana|la romana|\
        higuey|san cristobal|puerto plata|la vega|san francisco|kennedy|particular|negocio|whatsapp del|telefono|\
        su numero|rnc|tiempo en el mercado|\
        waze|sector|zona|ubicados|como llegar|como los encuentro|correo de ustedes|horarios|lunes a viernes|semana santa|navidad|abiertos|plaza|centro comercial|mall|frente a|al lado de|cerca de|esquina|cibao|capital|bavaro|boca chica|san pedro|moca|bonao|bani|samana|delivery|a domicilio|hasta la casa|\
        donde queda|en que calle|que calle|cuanto tiempo tienen|tiempo en el negocio|anos en el mercado|\
        quien es el dueno|quien es el encargado|quien es el gerente|quien es la encargada|quienes son los duenos|\
        tiempo llevan|cuanto tiempo llevan|anos llevan|llevan vendiendo|\
        que tiempo tienen|tiempo tienen|\
        agencia oficial|concesionario oficial|distribuidor|distribuidores|aeropuerto|\
        dealership|location|hours|close|closing|directions|where are you|address
        """),
        ("warranty", """
        garantia*|garantizad*|warranty|cubre|cubren|cobertura|responden|responde|defecto*|devolver*|devuelvo|\
        devolucion|reembolso|dana|dano|falla*|sale mala|sale malo|por escrito|agencia|fabrica|extendida|\
        me la revisan|me lo revisan|me la arreglan|me lo arreglan|me la reparan|me lo reparan|\
        mantenimiento*|problema|escondido|vicio*|certificad*|postventa|post venta|tren motriz|caja
        """),
        ("documents", """
        papeles|papel|documento*|traspaso*|matricula*|marbete*|placa*|chapa*|oposicion|plan piloto|deuda*|embargo*|\
        gravamen|prenda|multa*|impuesto*|acto de venta|contrato|notari*|legalizad*|cedula|a nombre|a mi nombre|\
        papers|al dia|en regla|en orden|legal*|registro|dgii|intrant|transferencia|factura|poliza|aduana|\
        licencia|titulo limpio|\
        seguro|traspasar*|ponerla a mi nombre|ponerlo a mi nombre|libre de|firmado|firmar|carta de saldo|certificado de propiedad|propiedad|\
        papers|title|registration|paperwork
        """),
        ("contact", """
        me llamo|mi nombre|mi numero|mi cel|mi celular|mi telefono|mi correo|mi whatsapp|escribeme|escribanme|\
        llamame|llamenme|contactame|contactarme|comunicate conmigo|anota|anoten|apunta|tomen mi|te dejo mi|\
        le dejo mi|mi email|my name|my phone|xtelefono|xcorreo|soy yo|me dicen|este es mi|ese es el mio|\
        por aqui mismo|este mismo|a este numero|mi contacto
        """),
        ("human", """
        persona|humano|ser humano|alguien|vendedor|vendedora|asesor|asesora|agente|ejecutivo|ejecutiva|gerente|\
        encargado|encargada|dueno|representante|operador|operadora|supervisor|robot|bot|chatbot|maquina|\
        inteligencia artificial|real|pasame|ponme|comunicame|comunica|transfiereme|transfiere|transferir|\
        hablar con|ablar|atienda|que me llame|me llame|que me llamen|de verdad|jefe|ventas|talk to|real person|\
        someone|atencion al cliente|servicio al cliente|\
        carne y hueso|alguien real|persona real|hablar con alguien|un humano|con el gerente|que me atienda|me atienda|\
        vendedor disponible|asesor disponible|representante disponible|alguien disponible|pasarme con|me pasas con|me pueden pasar|\
        me puede pasar con|pasame con|\
        agent|representative|salesman|salesperson|someone real|talk to someone
        """),
        ("complaint", """
        mal servicio|pesimo|pesima|malisimo|malisima|horrible|terrible|fatal|malo|mala|estafa*|queja*|abuso|\
        falta de respeto|irrespeto|falta de seriedad|engana*|mintieron|mentiroso*|mentira*|falso|falsa|molest*|\
        enojad*|indignad*|harto|harta|decepcion*|nadie|nunca|no me contestan|no contestan|no contesta|contesta|\
        no responden|en visto|esperando|todavia espero|llevo|lento|no sirven|no sirve|inutil|trato mal|\
        trataron mal|me dejaron|plantad*|proconsumidor|abogado|demanda|chatarra|no entiende|no me resolvieron|\
        reclam*|se dano|se me dano|no se parecen|cobraron|devuelto|devuelvanme|no me la quieren|no cumplen|\
        desde ayer|y nada|verguenza|dique|ladrones|tumbe|que vaina|que mal|que abuso|estaba cerrado|como quedamos|\
        grosero|grosera|malcriad*|mal educado|mala educacion|falta de educacion|irresponsab*|desorganiz*|relajo|\
        desastre|estafado|estafada|ladron|exijo|exigo|no es justo|no es serio|poco serio|ignoraron|me ignoraron|\
        colgaron|me colgaron|ni caso|no atiende|nadie atiende|nadie me atiende|nadie responde|no me responden|\
        cansado|cansada|cansao|me canse|la pared|todavia nada|ni un mensaje|ya van|tengo dias|hace dias|\
        me prometieron|prometieron|prometido|quedaron mal|me quedaron mal|incumpl*|no cumplieron|mintio|\
        me mintio|me mintieron|se apago|se me apago|salio malo|salio mala|me vendieron|resena|mal trato|\
        me trataron|como tratan|de mala gana|indignante|inaceptable|ridiculo|que clase de|no puede ser|\
        me cancelaron|sin avisar|todavia no me|aun no me|ni me|nadie me|pendejo|me hicieron|colmo|el colmo|\
        insatisfech*|inconforme|descontent*|quejarme|quejar|ni se aparecio|no se aparecio|\
        me cambiaron|me dejaron esperando|cumplen|seriedad|pa proconsumidor|fuga|\
        de comprarla|de comprarlo|despues de comprar|que compre|que les compre|les compre|apenas tiene|se me quedo|\
        no me quieren cumplir|no la quieren cumplir|quiero una solucion|devuelvan|\
        atendieron mal|me atendieron|super mal|muy mal|bien mal|peor|tan mal|que mala|que malo|\
        profesionalismo|falta de profesionalismo|porqueria|me bloqueo|me bloquearon|bloqueado|bloqueada|la prensa|\
        no acordamos|lo acordado|lo que acordamos|quieren cobrar|me quieren cobrar|\
        disappointed|worst|no one answers|nobody answers|no answer|ridiculous|scam
        """),
        ("offtopic", """
        juego|partido|pelicula|serie|chiste|receta|sancocho|tarea|elecciones|presidente|clima|tiempo va|capital|\
        python|codigo|programa|bitcoin|cripto|loteria|pasaporte|visa|domino|bachata|merengue|restaurante|poema|\
        plomero|electricista|traduce|traducir|dolar hoy|tasa del dolar|beisbol|pelota|licey|escogido|aguilas|\
        messi|ronaldo|novia|novio|curriculum|alquilar|alquiler|renta un|rentar|cambia el aceite|\
        alquilan|alquila|se alquila|se alquilan|rentan|renta car|rent a car|rentacar|\
        ruido|cancion|canta|musica|futbol|basket|noticias|politica|matematica|meaning of life|weather|\
        ingles|cocinar|comida|pizza|pica pollo|empanada|chinola|pasaje|viaje|vuelo|hotel|playa|cumpleanos|horoscopo|\
        chatgpt|ensayo|hazme|dime un|cuentame|quien gano|quien es|cual es la capital|que hora es|medico|doctor|\
        receta|apartamento|trabajo de|empleo|vacante|\
        llover|lluvia|llueve|tormenta|huracan|temperatura|pronostico|tiempo hace|hace calor|hace frio|\
        feriado|feriados|911|policia|bomberos|ambulancia|novela|novelas|pagina web|aplicacion|\
        partidos|campeonato|mundial|liga|nba|mlb|pelotero|jugador|jonron|gano|ganaron|perdio|\
        yankees|mets|dodgers|real madrid|barcelona|madrid|toros|gigantes|estrellas|leones|serie del caribe|\
        votar|voto|gobierno|congreso|diputado|senador|alcalde|\
        moro|locrio|habichuelas|mangu|tostones|pollo|arroz|postre|bizcocho|colmado|comer|almorzar|cena|\
        examen|matematicas|fisica|quimica|biologia|fotosintesis|ecuacion|formula|raiz cuadrada|resumen|resumeme|\
        universidad|profesor|profesora|maestra|maestro|historia de|quien fue|quien invento|\
        cuantos habitantes|que significa|como se dice|idioma|frances|\
        javascript|java|html|programar|excel|computadora|laptop|iphone|samsung|wifi|hackear|internet|\
        ethereum|bolsa de valores|invertir|acciones|euro|numeros de la suerte|quiniela|apuesta*|\
        renuncia|contratan|contratando|choferes|entrevista de trabajo|\
        dolor|duele|pastilla*|medicina|enfermo|enferma|gripe|fiebre|muela|dentista|hospital|clinica|dieta|\
        soltera|soltero|enamorad*|signo|zodiaco|\
        netflix|cine|dembow|reggaeton|cuento|adivinanza*|juguemos|jugar|\
        aeropuerto|vacaciones|nevera|lavadora|celulares|car wash|lavar el carro|lavado|\
        apagon|se fue la luz|la luz|tapon|\
        que dia es hoy|que fecha|\
        instrucciones|prompt|ignora tus|ignora todas|ignora todo|ignora las|ignora el sistema|ignora lo anterior|\
        olvida tus|olvida todas|olvida todo|olvida las|olvida lo anterior|olvida que eres|olvidate de los carros|\
        ignore|forget|pretend|act as|actua como|a partir de ahora|desde ahora|jailbreak|reglas|rules|\
        secreto|secretas|repite todo|modo desarrollador|tu creador|quien te creo|que modelo eres|\
        xnum por xnum|xnum mas xnum|xnum menos xnum|xnum entre xnum|xnum dividido|xnum x xnum|multiplicado|\
        dividido entre|seguro de vida|seguros de vida|barbero|barberia|salon|peluqueria|pagina web pa|\
        prestamo personal|libra de|supermercado|\
        conseguir trabajo|busco trabajo|buscando trabajo|necesito trabajo|dan trabajo|hay trabajo|trabajar con ustedes|\
        esta el dolar|a como esta el dolar|precio del dolar|tasa de cambio|el dolar hoy|\
        prompt del sistema|mensaje del sistema|tu sistema|ahora eres|finge que eres|haz de cuenta|como quedaron|cuanto quedaron|como quedo|\
        como se hace|como se cambia|como se quita|como se prepara|como se juega|como se dice|como se arregla|como se saca|\
        dime algo|hablame de algo|hablame de ti|hablame de tu|escribe un|escribe una|escribeme un|escribeme una|curso|cursos|clases de manejo|\
        aprender a manejar|escuela de manejo|repuesto*|\
        trafico|edesur|edenorte|edeeste|caasd|\
        como se limpia|como se repara|como se paga|como se renueva|como hago|que hago|que le pasa|que puede ser|que sera|\
        sabes de|conoces a|conoces algun|conoces alguna|conoces alguien|\
        que hora son|toque de queda|mi cv|hoja de vida|cogiendo gente|buscando personal|\
        eres tu|de donde eres|que edad tienes|cuantos anos tienes|tu edad|favorito|favorita|tu vives|donde vives|\
        tienes hijos|estas aburrido|estas aburrida|sentido de la vida|calorias|se fundo|fundacion
        """),
    ]
}
