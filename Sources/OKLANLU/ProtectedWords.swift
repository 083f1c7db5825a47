/// Everyday words the spelling corrector must leave alone although they sit within one
/// or two letters of a vehicle word ("entra"/Sentra, "precio"/Premio, "camara"/Camaro).
///
/// Generated, not hand-written: every inflected form of the hunspell es_DO dictionary
/// (`unmunch es_DO.dic es_DO.aff`), normalized like messages, that
/// `SpellingCorrector` would otherwise rewrite into a catalogue or attribute word.
/// Regenerate it when the catalogue gains names.
enum ProtectedWords {
    static let all: Set<String> = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)).union(english)

    /// English words of Spanglish chat that sit one letter from a catalogue alias
    /// ("agent"/acent, "brand"/grand, "front"/Fronx), found by running the corrector over
    /// a list of everyday English words; the hunspell list above is Spanish only.
    private static let english: Set<String> = ["agent", "agents", "brand", "close", "front"]

    private static let list = """
    abadia abandero abronco abura acacia academia acadias acadio acamaron acambaro acara acaraban acararan acecen
    acedia acena acento acera achancan achantan achura acidia acles acogolla acolas acolases acompasa acompase
    acompaso acora acorad acorda acorde acordo acore acoro acorrala acorulla acromatica acromaticas acromatico
    acromaticos actas actor acuda acudia acuea acula aculas aculases acuna acurda acure acusa adrizo afrontar
    afronten afrontes agenesia agenesias ahonda ahondais ahondaos ahondas ahondase ajera ajero alancear alcaldia
    alcaravan alcas alcen alcion alcor alicanto alisada alisadas alisadla alisadle alisadme alistada altiva amante
    amaro amaron amaros amera amortaje amura amurando anadia anclas anclases andero anisan anura apaisada
    apanamela apera aplicada aportale aportame aportare aportase aportate apreso apura arado arborizo arcadia
    arcadias arcen areta arlas aromatica aromaticas aromatico aromaticos arribo arrido arrimo arrio arrito arriza
    arrizado artiga asedan asedares asedases asentara asentira aserie aserieis aseries asierra asierran asierras
    asola asolas asonanta asura ataria ateridos aterimos aterrizo atlas atrae atraerse atraje atrape atrase
    atravese atreverse atura aulas automata automatas automatice automaticeis automaticela automaticelas
    automaticelo automaticelos automaticemos automaticen automaticenos automatices automaticese automatismo
    automatismos automatiza automatizad automatizais automatizan automatizaos automatizar automatizas automatizase
    automatizo automedica automedicas automedico avalan avalaron avalen avalo avaloran avaloren avance avanzate
    avara avelar avente avilante avioneta avionetas avistara avoque axiomatica axiomaticas axiomatico axiomaticos
    azara azeri azora bacan bacinica bailenos bajad bajan bajar bajas bajero balaj balano baleando baleanos
    baleenlo baleenos balen baleo balero balitada balizada banadero banamela bananera bastaria bavara bayas bebeme
    bisan bitan bitara bogue bonda bonetero bonitero borbolla borrenlo boton boxea boxear boxee boxeo bravearse
    bravease brinco bronca bronce bronceo broncos cabangan caben cabillas cacen cadillar cadillos cagan cajero
    calas calase calaseis calasela calases calcases calcifica calen caleno califica calillas callases calmarlo
    calmaron calmaros calmases calvases calzases camacero camara camarero camargo camarico camaron camarona
    camaros camarote camastro cambaro cambaron cambaros camero camilaca camillas caminata caminatas caminela
    caminelas caminera camineras camionera camioneras camionero camioneros camiones camiri camiseta camisetas
    camparon campas canavera cancer cancioneta cancionetas canen cangan canillas canta capen capillas capri captar
    captivar captor captura capturad capturan capturar capturas capture capturen captures capturo carabean carato
    caravaca caravana caravanas carcavas cardaban cardaran cardillar cardinal cardizal careaban carearan carene
    careta carey cargaban cargaran cariaban cariaran carillas caris carnaval carnicas carniola carnizala carnizas
    carola carolina carriola carrizal carrizo carrizos casen cases castrada caten catilluc cauri cautiva cautivad
    cautivan cautivar cautivas cavara caven cayena cayere cayese cedan cegato celar celas celase celaseis celasela
    celases cenegada cenegado cenegare cenegase centra cercenes cerios cerito cervato cervatos chafan chaguani
    chalan chalases chaman chamaron chana chancan chancean chane chanelan changa changaba changaban changad
    changada changado changais changando changar changara changaran changare changaren changaron changas changase
    changasen chango changuen chantan chapan charapan charlear charter chaval chayan chayen chazan cheva cheve
    chingan chinglan chirrido chirridos chori ciase ciases ciclas ciclases cierra cingle citan citara civica
    civico civil clamaron clamases clame clames clanes claraval clarea claree clasema clasemas clavases clave
    claves clisases clise clises clocases clonases clorases coactiva codastes cohonder colapses colas colase
    colaseis colasela colases coleases colerico colgases colmases colpas comandad comandan comandar comandara
    comandare comandas comande comandeis comandela comandelo comanden comandes comandos comas combas comias
    companas comparas compares comparsa compasa compasad compasan compasar compasas compase compasea compasee
    compasen compaseo compases compaso compelas competas compilas compitas compotas comprais compraos compras
    comprase computas contero conteros controla coopera cooperad cooperan cooperar cooperas coopere cooperen
    cooperes coopero copas coper corche corculla corella corla corlases cornella corolario corolarios corolas
    corona coronala coronaros coronela coronilla coroza corrala correcto corredla correla correlas correntio
    correosa correrla corroa corroedla corroela corroelas corroele corroelo corroera corroerla corroia corroian
    corroias corroida corroiga corrompa corroya corroyan corroyas corrozar corte costaria coyoteas creia crema
    cresa cresta cretas cripton cruce cruje cruza cruzo cuadro cuartero cuarto cuaterno cuatrero cuatros culpases
    cumpas cunday curato curvan custro danamela danta delantera denegada denegadle denegadme denegado denegale
    denegame denegare denegase denegate despreso dielectrica dielectricas dielectrico dielectricos diese dieseles
    diesen dieses dingle discanto distaria doleos drogue durando echas eclectica eclecticas eclectico eclecticos
    eclipsa eclipsad eclipsale eclipsame eclipsan eclipsar eclipsare eclipsaros eclipsas eclipsase eclipsate
    eclipseis eclipsemos eclipsen eclipses eclipso ecuas eleatica eleaticas eleatico eleaticos electiva electivas
    electivo electivos electrice electriceis electricemos electricen electrices electrifica electrificas
    electrifico electriza electrizad electrizais electrizan electrizar electrizas electrizase electrizo electrodo
    electrodos electronica electronicas electronico electronicos electros elipse ellas embridas embronco emigrando
    empanica empanico empereza emprando encalada encalado encalare encalase encamaro encavara engranad engranda
    engrande engrando enseries entra equino equinos erado erogue esbeltos escacada escacado escalaba escalable
    escalabre escalad escalada escaladas escaladla escaladle escaladles escaladlo escaladme escalado escalador
    escalados escalais escalala escalale escalales escalalo escalame escalamo escalando escalante escalaos
    escalara escalare escalaren escalares escalarle escalarme escalarse escalarte escalase escalasen escalases
    escalaste escalate escaldad escaldada escaldadle escaldadme escaldado escaldale escaldame escaldan escaldar
    escaldare escaldas escaldase escaldate escalde escalden escaldes escalece escalele escalese escalfad escalfada
    escalfado escalfare escalfase escaliad escaliada escaliado escaliare escaliase escalone escalope escamada
    escamado escamare escamase escanada escanado escanare escanase escapada escapadle escapadme escapado escapale
    escapame escapare escapase escapate escarabaja escarabajas escarabajea escarabajee escarabajeo escarabajos
    escaramujo escarbado escarbalo escavada escavado escavane escavare escavase escolada escolado escolare
    escolase espalada espalado espalare espalase espartare espartase esporteare esportease esportee estarcia
    estaria estarian estarias esterada estirada estomatica estomaticas estomatico estomaticos estrada estradas
    estriada esturada etaria evitara evitaran evitaras evitaria evitarla evoqueis evoquela evoquele evoquelo
    evoqueme evoquen evoques evoquese expanden expandes expandir expedicion expedirian expeditiva expeditivo
    expeditivos expedito expeditos expelere expender explora explorad explorale explorame exploran explorar
    explorara explorare exploras explorase explorate exploreis explorela explorelo exploren explores explorese
    exploro explotar explotare explote exploten explotes exportale exportame exportare exportase exportate
    expulsar fajero ferie feries fibrilas fibrinas fierra finja flexos florescer fogon fonda fondas forastera
    forastero force forestad forestal forestan forestar forestara forestare forestas foreste foresteis foresten
    forestes forje forme forne forre forrenlo fortines fortunas fortunos fotos frado frange frenesis frentero
    freso freta frogue fronte frontera fronteras frontero fronteros frontes frontina frontino frontis frote galas
    galeno galibada ganadera ganadero ganamela ganeseis garis gasifica gasolinas gasolinera gastaria gayas gayen
    generais genereis gestaria gilas gladiador gladiadora glase glasea glasee glases golas grado grana granad
    grande grane granizara grano grant granular gravarse gravense gravitaba gravitada gravitar gravitara
    gravitaran gravitaras gravitare gravitaria guadua guaduas guadunas guamunas guapuras guarango guaruras
    guatusas guindais gulas gustaria hagan havar havara hayal hayas hebrudas hebrudos helar herios hiante hidricas
    hidricos hiena hierra hilandera hilandero hilas hiles hilos hispidas hispidos hitan hitara holandas hondadas
    hondanas hondanos hondea hondeais hondeas hondease hondo hondos honduras honra honradas honras horda hordas
    hornadas horrendo horridas horridos huarango humar humea humear humee humen humeo humera humero humes humor
    hunda hundais hundan hundas hundi hundia hundiais hurano impreca imprecad imprecan imprecar imprecas impregna
    imprenta impresa impresas imprueba impulsar impureza impurezas infinita infinitas infinitivo infinito
    infinitos infinitud ingle innovaba innovad innovada innovado innovais innovala innovale innovalo innovame
    innovan innovaos innovar innovara innovare innovas innovase innovate innove innovo instaria invitara ionica
    ionice ionico iterbios jabas jabridas jabridos jacas jacura jalas jamas jaras jasas jatas javas jedan jetar
    jingle jitan jitara jolin jolon jonia jostrada joyas justaria lacerado ladillas lanara lance lancea lancear
    lanceara lanceare lancee lancen lanceo lancera lanceras lancero lanceros lances lanchero lander landero
    landrero lanera lanterna lastaria lastra lastrada lavara laxos layas layen ledos leeme leeos legos lejos lelos
    lenos lesos levitara liberate liberta libertad libertan libertar libertas liberte liberten libertes liberto
    libertos libradas librados limpieza listaria litan litara llantera lorola lustrada macad macal macana macar
    macas macau macean macen machan mactan magon majan maman manadera manadero manamela mananera mancan manda
    manglar manta mantero manteros marano marcan marce marcenes marioneta marionetas masad masada masan masca
    mascan masia masifica masma matan mayan mayas mayen mazad mazada mazan mazna mecanicas mecanice mecanicen
    mecanices mecanicos mecanismo mecaniza mecanizad mecanizan mecanizar mecanizas mecanizo mecedles meeme
    melanina melanita melar merca mercadas mercadea mercadeas mercadee mercadees mercadeo mercader mercados
    mercales mercancia mercares mercases merced merceras merceros merco merece merecedle merecedles merecedme
    merecele mereceles mereceme merecere merecete meriende meriendes merme merodees mesianica mesianico metalica
    metalico miaba miada miaga miaja miana miara micenica micenico mierra miniaban minian miniaran minutero mirale
    mirame mirare mirase mirate misan mista mistaria mixta mocan modal modela modelais modelaos modelas modelase
    modele modeleis modeles modelo modelos modem mojel moleos monda mondarlo mondaron mondaros mondas monearon
    monedero monovero montadero montanero montarlo montaron montaros monteado monteara monteare montearon
    montefrio monteloro montemos monteo montera monteras monterero monteria monteros montesco montonero morcolla
    mordelas mordeles mordelos morenito mortero morteros mosolina mostrada motel motero motociclista motociclistas
    moton motor motora motoras motores motos mover mucan muergano murado muran murando murciano nadara nadillas
    nancer nanta navacera navaja navajera naval navarca navarcas navarra navarras navegador navegara nevara nexos
    niata ninea ninfa ninjas nonata norte novara obstaria oceanica oceanico ocros odiasela odiesela odieselo
    odiseas oleos ondas opalizada orado ortiga ovante pacificaba pacificad pacificada pacificado pacificais
    pacificala pacificale pacificalo pacificame pacifican pacificaos pacificar pacificara pacificare pacificas
    pacificase pacificate pacifico pacificos pacifista padillas pagadera pagamela paginada pajarera pajarero
    pajaro pajearon pajeo pajera pajeros pajolero palero paletada paliada paliadas paliadla paliadle paliadme
    paliaste palizada palizadas palmeada palomera palotada palpitada panadear panadeara panadera panaderas
    panaderia panadero panamena panamenas panameno panatela pandero panderos panero panetera panifica panificad
    panifican panificar panificas panifico papero parado paramela paramera parameras paramero parche pardo
    parifica parificad parifican parificar parificas parifico paris parola parolas parolina parvifica pasad
    pasadera pasadlas pasajera pasajero pasala pasalas pasamela pasan pasar pasarlas pasas pasate pasay pasealas
    paseelas pasela paselas pasenlas pasmalas pasmosas pasta pastaria pastoras pastosas patatera patero patinada
    patrio patrios patriota patriotas patron patronal pavero pavesada payas payasada payen peajero peajeros
    pedaneos pedantes pelar penol pentamera percebes perche percudes persa pertiga pertigas piado pianolas picando
    picaneo picante picantes pichando pilon pilota pilote piloto pipeta pipetas pipeteas pirado pircando pisan
    pistaria pistolas pitan pitara pivot pizcando planifica plantara plexos plisada plisadas pogue poleos polvo
    pompas ponche porches porte portento postrada prados pravo precedes preno prenso presa presos prest presto
    preverse priado primus puado pulgar pulsa pulsad pulsador pulsan pulsara pulsaran pulsaras pulsare pulsaren
    pulsares pulsaria pulsarla pulsarle pulsarlo pulsarme pulsaron pulsaros pulsarse pulsarte pulsas pulsear
    pulseara pulseare purifica puterios racord ramifica rangel rango rarifica rastrada ratifica rayas rayen redan
    redol regue relegada relegadle relegadme relegado relegale relegame relegare relegase relegate renal renegaba
    renegad renegada renegadas renegado renegador renegados renegais renegando renegara renegare renegaren
    renegares renegarse renegase renegasen renegases renegaste renegree renglera renil renos reportaje repulsar
    requinoa rescalde resegada resegado resegare resegase resol restaria rever revolque revoque revoquen revoques
    ringle ringlera ringlero roger roleos rompas ronco ronda rondas roque rostrada rouge rugue sacan sacrifica
    saeta saetaria saladero salas salidero salifica salivada salpreso salta saltaria saltos salvante sanamela
    sancta sander sandiego sanducero sanea sanja sansa santas santero santeros santo sargento sarmento sarta
    saturada sayas secan secantes secoyas sectaria secuoya secuoyas sedad sedadles sedadnos sedal sedales sedanos
    sedantes sedar sedareis sedares sedarles sedarnos sedas sedaseis sedases sedean sedeares sedeases seden
    sedentes selectos sellos sendereo sendero senderos senora senta sentar sentara sentaran sentaras sentaria
    sentarla sentia sentira sentiran sentiras sentiria sentirla sepan sepultos sequia seran seraneas seranees
    serdan sereis seres seria seriales seriares serias seriases serieis seriemos serien serio serios serle serles
    serme serra serre serrines serse serte serviles setos sexan sexos sextos siega sienas sienta sierran sierras
    sierre sierrita sierro sierva signa siluetado silverio simpleza sincerado single sirena sisan sitiaria
    situaria sivia soata sobandero solas soltaria solvento sonaba sonada sonadero sonaja sonala sonara sonatas
    sonate sonatina sonda sondas sones soneto soportale soportame soportare soportase soportate sorata sorche
    sorprendo sotierra sports subirian suburbana suburbanas suburbano suburbanos suburbio sucumban sudan sudanes
    sudanesa sudantes sueltos suena sulas suportare suportase supresor supuraban susurran suturaban suturada
    tailandes tajero talamera tange tanta tecla teclas tedios telar telurios temarios tendra tenios tenla tenorios
    tenza teoricos terbios terceres tercios tercos termicos terminos termos ternos teros terrinos territorio
    terrizos tersa tersos tesala tesela teslas teson testa testaria tetan tetanica tetanico tetla tetricos
    teucrios tiberios tierra tigbauan timan tinan tingle tintan tipan tiran tirios tiros titad titar titara titas
    titean titen tocota tolota tonta torios tormento toros torrente torta tosta tostaria totora tototlan trabarse
    trabense tracense traerse tragarse traia trajearse trajease trajeres tramarse transitara trapearse trapease
    trapense trasvere trasversa trasverse trasverso trasverte tratarse tratense traversa traversas travesarse
    travesase travese travesea travesee traveseo traveses traviese trazarse tremerse treta trial trios trompear
    trompera trompero tronco trovarse tuareg tunara tunda tundea tundeara tundia tundiera tundira tundiran
    tundiras tundiria tundras tuneando tunera tusan tusen ubaleno ubalenos ulcerado ultima urango urdan urjan
    uterinos vacan vagon valar validada vaselina vayas vedan vedar vejar velad velan velara velare velas venda
    venga venia venta venzan venzas venzla venzo veras verato verba verga veria verja verla versad versal versan
    versar versas verse versea verso versta vetar vetara vezar vibradas vibrados virara virtud virtudes virtuosa
    virtuoso virus visan visara visitara visteara vitaba vitacura vitada vitan vitar vitarais vitaran vitaras
    vitare vitaria vitarian vitarias vivara volar volas volco voleo volitara volts volve volvi volvio volvos
    vomitara votara yanta yayas zahondas zalamera zayas zocata zompas zorolla zorollas zurano
    """
}
