/// Everyday Spanish words that `WordRepair` must leave alone although they sit within
/// one or two letters of a request word ("compraron"/compran, "camada"/camara).
///
/// Generated, not hand-written: every inflected form of the hunspell es_DO dictionary
/// (`unmunch es_DO.dic es_DO.aff`), normalized like messages, that the repair would
/// otherwise rewrite, given the cue words of `IntentCues` and the stem-extending words
/// of `Data/nlu/train.jsonl` (`nlu-dev repair-collisions` in the scratch package).
/// Regenerate it when the cues change.
enum IntentProtectedWords {
    static let all: Set<String> = Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    private static let list = """
    usage: nlu-dev entities|norm|collisions|train|cv|eval|bench|parse|profile|retrain|cue abaceria abajar abajaron
    abajarse abajen abalamos abalando abalar abalaron abanaron abanicos abano abarata abaratad abaratada abaratan
    abaratar abaratas abarato abarcada abastada abatiria abdicados abertura abiar abichados abielden abierta
    abiertas abigeato abigeatos abina abinados abino abitados abitones ablando ablanedo abliente abliento ablucion
    abobado abobados abobando abobaron abobo abocadlo abocado abocados abocando abocardo abocina abocinad abocinan
    abocinar abocinas aboco abofado abofados abofando abofo abogad abogada abogadas abogador abogados abogamos
    abogando abogaron abogo abollado abolsa abolsado abolsais abolsas abolsase abombado abombemos abona abonadlo
    abonado abonador abonados abonando abone abonos abordada abordadlo abordado abordador abordados abordalo
    abordalos abordamos abordando abordanos abordaos abordaros abordemos abortada abortado abortamos abortones
    abotagado abotonas abotoneis abotonen abotones abotonese aboyado aboyados aboyando aboyo abran abravece
    abravecida abravecido abravezco abres abrigado abrogada abrogadlo abrogado abrogados abrogalo abrogando abromado
    abrotones absolucion absolvieron absortos abstencion abulencia aburen aburo abusa abusadas abusados abusando
    abuse abuson abusos abuzo abyectos acaba acababan acabadlos acabador acabados acabalan acabalaron acabalen
    acaballas acaballes acaballo acabalos acabamos acabanan acabanaron acabanen acabanos acabaran acabaras acabaren
    acabares acabaria acabarian acabarla acabarle acabarlo acabarlos acabarme acabarnos acabaros acabarse acabarte
    acabasen acabe acaben acabos acacharon acaecieron acaldado acaldamos acaldaron acalde acallaron acalle acaloran
    acalores acamara acamaran acamaras acamaren acamaria acamaron acambaro acamo acampara acamparon acaparan
    acaparen acaramos acararan acararen acararon acareada acareado acareamos acarearon acaricio acaro acarones
    acarrada acarrado acarramos acarraron acarreos acarreto acarro acaso acataran acataren acatarian acataron
    acataros acatarra acato accedamos accesiones accesoria accesorias accesorio accidenta accidentad accidental
    accidentan accidentar accidentare accidentas accidentase accidenteis accidenten accidentes accidento accionad
    accionais accionales accionan accionaos accionar accionares accionas accionase accionases accione accioneis
    accionela accionelas accionele accioneles accionelo accionelos accioneme accionemos accionen accionenos
    accionense accionese acciuenate acebo acecharian acecinar acecines acedamos acedarian acedaron aceita aceitale
    aceitame aceitan aceitaran aceitare aceitaria aceitarian aceitarias aceitase aceitate aceiteis aceitela aceitele
    aceitelo aceiteme aceiten aceitera aceitero aceites aceitese aceito acenas acender acendran acendrar acensada
    acensado acensarian acentuan acentuarian acepa acepaban acepan aceparan aceparia aceparian aceparias aceparon
    acepcion acepciones aceptaba aceptaban aceptable aceptacion aceptad aceptada aceptado aceptais aceptala aceptale
    aceptalo aceptame aceptando aceptanos aceptaos aceptar aceptara aceptarais aceptaran aceptaras aceptare
    aceptaren aceptaria aceptariais aceptarias aceptarla aceptarlas aceptaron aceptas aceptase aceptasen aceptate
    acepte aceptela acepten acepto aceptora aceramos aceraramos acerarian aceraron acerca acercado acercamos
    acercarian acernado acerrimos acerta acertada acertado acertamos acertaran acertaria acertarian acertarias
    acerte acetificado acetite acetites acezarian acezaron achacada achacado achacaron achantas achaparra achararon
    achata achatara achataria achatarian achatarla achataron achica achicada achicado achinala achinela achiotes
    achochada achochado acholada acholado acibaran acibaren aciertan aciertas aciertes acierto aciertos acintura
    aclamame aclamara aclamaron aclamenme aclararon aclarecio aclaro aclocada aclocado acobardado acobardamos
    acocamos acocaron acoceado acoceamos acochado acochamos acoclado acoclamos acodado acodados acodamos acodando
    acodaron acodemos acogen acogeran acogeria acogerian acogerias acogerla acogiamos acogiendo acojamos acojinar
    acojones acolamos acolares acolaron acolases acollado acollamos acollaron acombado acombamos acombara acombaron
    acometido acometieron acomida acomidamos acomidan acomidas acomodado acomodamos acompana acompanada acompaname
    acompasa acompasada acompasame acomplejar acondiciona acondicionaba acondicionad acondicionada acondicionadas
    acondicionadla acondicionadle acondicionadlo acondicionadlos acondicionadme acondicionadnos acondicionador
    acondicionadora acondicionados acondicionais acondicionala acondicionale acondicionalo acondicionalos
    acondicioname acondicionamos acondicionan acondicionando acondicionanos acondicionaos acondicionar acondicionara
    acondicionare acondicionarlo acondicionaron acondicionaros acondicionas acondicionase acondicionate acondicione
    acondicioneis acondicionelo acondicionen acondiciones acondicionese acondiciono acongojas aconseja aconsejaba
    aconsejabas aconsejad aconsejada aconsejadas aconsejado aconsejados aconsejais aconsejala aconsejalas aconsejale
    aconsejales aconsejalo aconsejalos aconsejame aconsejamos aconsejan aconsejanos aconsejaos aconsejar aconsejara
    aconsejaras aconsejare aconsejares aconsejaros aconsejarse aconsejase aconsejasen aconsejases aconsejaste
    aconsejate aconseje aconsejeis aconsejelas aconsejen aconsejes aconsejese aconsejo acopamos acoparian acoparon
    acopiado acopiamos acopiarian acoplado acoplamos acoplarian acora acorabamos acorado acorados acoramos acorando
    acoraramos acoraron acorazado acorazamos acorcemos acorchado acorchamos acordaba acordabamos acordabas acordad
    acordada acordadas acordadla acordadle acordadlo acordadlos acordadme acordadnos acordados acordais acordala
    acordalas acordale acordales acordalo acordalos acordame acordamelos acordando acordanos acordaos acordara
    acordaramos acordaras acordare acordaremos acordares acordarlo acordarlos acordarnos acordaron acordaros
    acordase acordasemos acordases acordate acordelado acordelamos acordelo acordemos acordonado acordonamos
    acordono acore acoremos acornada acornado acornados acornamos acornando acorneado acorneamos acornemos acorralo
    acorramos acorremos acorrera acorriamos acorrida acorrido acorridos acorrimos acortada acortadlo acortado
    acortados acortalo acortalos acortamos acortando acortanos acortaos acortarian acortaros acortejas acortemos
    acorvada acorvado acorvados acorvamos acorvando acorvemos acorzada acorzado acorzados acorzamos acorzando
    acosamos acosaron acosijas acostado acostamos acostarian acosto acota acotamos acotarian acotaron acotejas
    acoten acracias acredita acredite acredito acreedor acres acribado acribaron acribe acristalas acristale
    acristaleis acristalen acristales acromatica acromaticas acromatico acromaticos actea actos actuacion actuad
    actual actuan actuar actuaron actuas actue actuo acuantia acuantias acuantio acuarios acuartada acuartas
    acuartes acubilas acudamos acudiese acuerda acuerdan acuerdas acuerde acuerdelo acuerden acuerdes acuerdos
    acuerno acuero acuesta acuestan acuestas acuesten acuitarian acuite acularon aculases acumulen acunaron acurdada
    acurdado acurdados acurdamos acurdando acurdemos acurdo acusacion acusadas acusados acusaron acuso acusones
    adamaron adaptada adaptarian adargada adarme adarvada adecuacion ademando ademaron adentrada adentrar adentras
    adentren adentro adentros adepta adestras adeuda adiarian adias adicciones adiciones adies adieta adobares
    adobarla adobarlo adobaron adonde adonecieron adonecio adoneciste adopcion adopciones adoptarian adora adoramos
    adorares adores adormita adornado adornamos adosares adquieren adquiero adrarian adras adreis adren adrian
    adscribanme adscribe adscribeme adscribo adscrito aduanal aduanas aduanera aduccion aducciones aduena aduenaos
    adueno adujaron adulares adulterado aduna advenida advenidas advenido adventista adverado advertir advierto
    aeropuertos afable afamaron afanaron afataron afeccion afecciones afectarian afectiva afectivo afectivos
    afeitarian afeite aferente aferrado aferrados aferramos afiances aficiona aficiones afiebre afiebren afiebres
    afilador afilas afinador afirmada afirmadlo afirmado afirmador afirmados afirmalo afirmando afirmar afirmara
    afirmare afirmativa afirmativas afirmativos afliccion afondado afondamos afora aforamos aforrado aforramos
    afrancas afrancesa afrancese afranceso afrenida afrentar afrente afrenten afrentes afuera aganaran aganaren
    aganaron aganoten agarbada agarbaron agardame agarrada agenciaba agenciad agenciada agenciado agenciais
    agenciala agenciale agencialo agenciame agencian agenciaos agenciar agenciara agenciare agencias agenciase
    agenciate agencie agenciela agencien agencies agencio agenda agendaba agendad agendada agendadle agendadme
    agendado agendais agendala agendale agendales agendalo agendamela agendamelo agendamos agendan agendaos agendara
    agendaran agendaras agendare agendaren agendares agendaria agendarla agendarle agendarlo agendarme agendaron
    agendaros agendarse agendarte agendas agendase agendasen agendases agendaste agendate agende agendeme agendenme
    agenesia agentes agestado agestados agiganta agigantas agigante agiganteis agiganten agigantes aglomero agolares
    agolpe agora agoramos agoraron agostaria agota agoten agraciad agraciais agracian agraciaos agraciar agracias
    agraciase agracies agradale agradame agradare agradase agradate agradeced agradecedla agradecedlo agradeceis
    agradecela agradecele agradecelo agradeceme agradecen agradeceos agradecer agradecera agradecere agradeces
    agradecete agradeci agradecia agradecian agradecias agradecidas agradecidos agradeciendo agradeciera agradecimos
    agradecio agradeis agradela agradelo agradenlo agradense agradese agradezca agradezcan agradezcas agradezla
    agradezle agradezlo agradezlos agradezte agrafias agrandame agrandar agrarias agrarios agravame agravaren
    agravasen agravese agravias agregala agresora agriados agrialas agridame agridele agrideme agridete agrielas
    agrillas aguadita aguadlas aguaita aguaitad aguaitan aguaitar aguaitas agualas aguanica aguanosa aguantaba
    aguantad aguantada aguantado aguantais aguantala aguantale aguantalo aguantame aguantan aguantaos aguantar
    aguantara aguantare aguantas aguantase aguantate aguante aguanten aguantes aguanto aguarlas agudizas aguelas
    aguenlas aguijais aguijalas aguijaos aguijas aguijase aguila aguilar aguilares aguilenas aguitas aguizgas
    ahajaron ahilamos ahilando ahocinar ahoga ahogadlo ahogado ahogador ahogados ahogando ahondado ahondame
    ahondamos ahorca ahorcada ahorcado ahorcamos ahorma ahormado ahormamos ahorna ahornado ahornamos ahorra ahorrado
    ahorramos ahoya ahueso ahumando ahumanos ahusadas ahusados ahuso airen aires ajale ajarme ajenas ajora ajoramos
    ajorrado ajorramos ajota ajoten ajunta ajustaria ajusto alabadora alabados alabanza alabaran alabaren alabaron
    alabaros alabearon alabo aladrada aladrado aladremos alagando alagaron alago alama alamo alanza alanzado
    alargada alarmada alarmame alazos albar albergado alborear alborozar alcaide alcaides alcaldes alcaldesa
    alcaldia alcalice alcaliza alcaloide alcana alcancia alcanzaba alcanzad alcanzada alcanzado alcanzais alcanzala
    alcanzale alcanzalo alcanzame alcanzan alcanzaos alcanzar alcanzara alcanzare alcanzas alcanzase alcanzate
    alcanzo alciones alcorzad alcorzado alcorzamos alcorzan alcorzar alcorzara alcorzare alcorzas alebrado
    aleccionas aleccione aleccioneis aleccionen alecciones aleccionese alega alegan aleganado alegando alegar
    alegaron alego alegrado alegrando alejando alejarla alejarlo alejarme alejaron alelando alelaron alemanda
    alentado alentame alentarian alente alento aleoneis aleones alerones alertada alertado alertarian aleteado
    aletones alforzad alforzan alforzar alforzara alforzare alforzas algente algentes algunas algunos alhenado
    alianza alianzas alienada alienado alienaos alienate alienlos aliennos alientas aliente alienten alientes
    alientos aligacion aligerado alimente alimentos alimpiar alisar aliso alista alistales alisto allaname allega
    allegado allegan allegando allegar allegara allegare allegaron allego almaizar almantas almenado almohazar
    almortas almorza almorzaba almorzad almorzada almorzado almorzais almorzala almorzale almorzalo almorzame
    almorzaos almorzara almorzaran almorzaras almorzare almorzaren almorzares almorzaria almorzarla almorzarle
    almorzarlo almorzarme almorzaron almorzaros almorzarse almorzarte almorzas almorzase almorzate almosnar alobarla
    alobarlo alobaron alomarian aloran alota alotaria aloten alquezar alquibla alquiblas alquicel alquila alquilaba
    alquilad alquilada alquilado alquilador alquilais alquilala alquilale alquilalo alquilame alquilan alquilaos
    alquilara alquilaran alquilaras alquilare alquilaren alquilares alquilaria alquilarla alquilarle alquilarlo
    alquilarme alquilaron alquilaros alquilarse alquilarte alquilas alquilase alquilate alquile alquileis alquileme
    alquilen alquileres alquiles alquimica alquitara alquitare alquitaro alquizar alteado alteados alteando alteraba
    alterad alterada alteradas alteradizo alteradla alteradle alteradlo alteradlos alteradme alteradnos alterador
    alteradora alterados alterais alterala alterale alteralo alteralos alterame alteramos alterando alteranos
    alteraos alterara alterare alterarlo alteraron alteraros alterase alterate altercad altercada altercado
    altercador altercados altercando alterelo alternad alternada alternadlo alternado alternador alternados
    alternalo alternando altisimo altos aluces aludilas aludo alufrado aluna alunes aluno alvarado amables amadle
    amaestra amaestrad amaestran amaestrar amaestras amaestre amaestro amagarla amagarlo amagaron amago amale amalle
    amana amanaron amancebo amancio amandome amaneado amaneais amaneaste amaneced amaneceis amanecen amanecer
    amaneceran amaneces amaneci amanecia amanecian amanecias amanecida amanecido amanecidos amaneciera amanecieran
    amanecieras amaneciere amanecieren amanecieres amaneciese amaneciesen amanecimos amanecisteis amaneeis amanerar
    amaneraste amanezco amanojar amansada amansado amansame amantada amantado amanzana amara amararon amarca
    amarcada amarcado amarcais amarcas amarcase amarecen amarecia amarecido amarecieran amarecieren amarecieron
    amarecio amareciste amargada amarle amarrada amasarme amasaron amataron ambiento amblamos amblando amblar
    amblaron amble ambulancias amenas amenguales amenidad amenos ameses amiantos amientos amigable amillare amino
    amistales amoble amohecieron amohecio amoheciste amolares amoldado amoldamos amonesto amono amontado amonto
    amorcado amorcamos amordazo amorecieron amorecio amoreciste amorrado amorramos amortiguadles amortiguador
    amortiguadora amortiguadoras amortiguados amortiguandoles amortiguares amparada amparame amputado amucho amuela
    amurcado amuso anadan anana anata anclaron anclases ancorado ancoramos andad andana andancio andar andarian
    andas anden andres androide androides anean anegando anegarla anegarlo anejar anejaria anejaron anejo aneota
    aneroide anexarla anexarlo anfiones angosten anguilas anguillas anguilos anguinas anhelaron anidad anidadas
    anidados anidan anidares anidases animeros aniquilar anisar aniso anita anoche anona anora anoramos anoraron
    anorelas anoren anotad anotan anotar anotaren anotas anotasen anote anotelas anotenla anotenlo anotenme anotenos
    anotense anotes anoticia anoticiad anoticiais anotician anoticiar anoticias anoticiase anoticies anoto ansienlos
    ansiennos ansienos antelado antelaron anteriores anterito antevera anudan anuencia anuncia anunciad anunciado
    anuncialo anuncian anunciaos anunciar anuncias anuncie anuncielo anuncien anuncies anuncios aojarian aojen
    aovarian apachada apaga apagadla apagadlo apagan apagar apagaria apagarla apagarlas apagarle apagarlo apagarlos
    apagarme apagaron apagones apaisada apaisado apaleada apalpada apanarla apanarlo apanarme apanaron apanas
    apandada apano apantana aparada aparadas aparador aparadora apararon aparataba aparatad aparatada aparatadas
    aparatado aparatara aparates aparcaba aparcada aparcadas aparcadla aparcado aparcala aparcamiento aparcara
    aparcero apareaba apareada apareadas apareado apareais apareamiento apareara aparece apareced apareceis
    aparecelo aparecen apareceos aparecer apareces apareci aparecia aparecian aparecias aparecida aparecido
    aparecidos aparecieron aparecimos apareciste apareeis aparejada aparejen aparentada aparento aparezco aparezlo
    aparicio aparicion aparo aparquen aparques aparraba aparrada aparradas aparrado aparraga aparrara apartaba
    apartaban apartabas apartad apartadas apartadiza apartadla apartadlas apartadle apartadlo apartadme apartado
    apartador apartadora apartados apartais apartala apartalas apartale apartalo apartame apartamelo apartamentos
    apartamiento apartamientos apartando apartaos apartara apartaran apartaras apartare apartaria apartarla apartase
    apartate aparte aparteis apartela apartes apartese apartida apartidad apartidada apartidan apartidar apartidas
    apartide apartides apartido apartijo apartijos aparvaba aparvada aparvadas aparvado aparvara apastaba apastada
    apastadas apastado apastara apastrada apatrida apeadora apeas apeenlas apegando apegarla apegarlo apegas apego
    apelas apeles apena apenabas apenad apenadas apenadme apenados apenais apenalas apenales apenalos apenamos
    apenan apenanos apenaos apenar apenaras apenares apenarlo apenaros apenarse apenase apenasen apenases apenaste
    apencais apencas apencase apendeja apendeje apendejo apenes apeonado apeonais apeonas apeonase aperador aperados
    aperando aperas aperdigo aperlada apernada apernais apernas apernase apersoga apersona apersonad apersonala
    apersonale apersonalo apersonan apersonar apersonas apersone apersono apestaba apestada apestado apestados
    apestamos apestarian apetecio apezunas apiernas apiernes apinas apiojado apiolado apios aplaca aplacer aplacera
    aplacere aplanado aplastada aplastado aplaza aplazaos aplegando aplicarian aplicaron aplomado apneas apodamos
    apolitica apoliticas apolitico apologia aponer aporcada aporcado aporcamos aportaba aportacion aportada
    aportadas aportadla aportado aportala aportamos aportara aposicion apostada apostare apreciaos aprecias aprecien
    aprecies aprecio aprecios aprehender apremios aprenda aprendame aprendan aprendas aprende aprended aprendedor
    aprendeis aprendela aprendele aprendelo aprendeme aprenden aprendeos aprendera aprenderan aprenderas aprendere
    aprenderia aprenderla aprenderle aprenderlo aprenderme aprenderos aprenderse aprenderte aprendes aprendete
    aprendia aprendiera aprendiere aprendieron aprendio aprendiz aprensa aprensad aprensan aprensar aprensas
    aprensen aprenses apresado apresara aprestado aprestalo aprestame aprestamos apretada apretado apretara aprietan
    aprieten aproaban aproado aproados aproando aprobaba aprobaciones aprobad aprobada aprobadas aprobadla aprobadle
    aprobadlo aprobadlos aprobadme aprobadnos aprobador aprobadora aprobados aprobais aprobala aprobale aprobalo
    aprobalos aprobame aprobamos aprobando aprobanos aprobaos aprobar aprobara aprobare aprobaria aprobarian
    aprobarla aprobarlas aprobarle aprobarlo aprobarlos aprobaron aprobaros aprobase aprobate aprontado apronto
    apropiado aproxima aproximad aproximan aproximar aproximas aproxime aproximo aprueba apruebala apruebalo
    apruebas apruebate apruebe apruebela apruebelo apruebenla apruebenlo apruebense apruebes apruebese aptos
    apuestan apuestas apuestos apulenas apuna apunas apuntaba apuntad apuntada apuntado apuntais apuntala apuntale
    apuntalo apuntame apuntan apuntaos apuntar apuntara apuntare apuntas apuntase apuntate apunte apunto apuraban
    apurador apuradora apuso aqueja aquejamos aquejar aquejara aquejare aquejaron aquejarse aquerado aqueramos
    aqueraron aquieten aquietes aquileas arabo aragon aragones aranaron arbolado arcas arcionas arcioneis arcionen
    arciones arcontado ardan arden ardes ardiendo ardio ardoz arelaran arenaran arenas arengame argentar argente
    argentea argenten argenteo argentes arguidas arguimos arguiras aricados aridecida aridecido aridezco arienzos
    arios arlar armarian armillas aromarian aromatica aromaticas aromatico aromaticos aromo arpegian arpendes
    arponado arqueo arqueria arraclan arreaban arreadla arreador arreala arrealas arrearan arrearla arrebola
    arrebolan arrechan arrecian arrecien arredila arredilan arredran arreela arreelas arreenla arregaza arregazan
    arreglaba arreglaban arreglad arreglada arreglado arreglais arreglala arreglale arreglalo arreglame arreglando
    arreglanos arreglaos arreglar arreglara arreglaran arreglare arreglaren arreglaron arreglas arreglase arreglasen
    arreglate arregle arreglen arregles arreglo arreglos arrellana arrellane arrellano arrendame arrendan arrendar
    arrenden arrendes arres arrestan arriados arribado arrienda arriende arrienden arrienla arrito arrobada arrobado
    arrobador arrobados arrobando arrocado arrogado arrogala arrojado arrollan arromado arropado arroyado arruaban
    arrugala arrullan arrumban arrumben artes articula articulad articulan articular articulara articulare articulas
    artificiales artificiar artificio artificios asabamos asacados asacaron asada asadas asaderos asado asados
    asaetada asalaria asalarie asalario asaltada asame asareros asargada asarme asbestos ascendame ascender
    ascendido ascendieron ascensor ascensores ascensos ascienda asciende ascienden asciendo asedamos asedan asedares
    asedaron asedases aseenlos aseennos asegura asegurad aseguran aseguraos asegurar aseguras asegures aseguro
    asentador asentame asentaos asentarian asente asentida asentira asentista asercion aseria aseriado aseriados
    aserie aserio aserrado aserramos asertora asesar asesara asesaran asesaras asesaria aseso asesoraba asesorad
    asesorada asesorado asesorais asesorala asesorale asesoralo asesorame asesoran asesoraos asesorar asesorara
    asesorare asesoras asesorase asesorate asesore asesorela asesoren asesores asesoria asesorias asesoro asestaba
    asestado asestados asestamos asestara asestarian asica asicados asiendoos asiendose asientalos asientan
    asientanos asientas asienten asientenos asientes asientese asiento asierran asignaos asigno asilennos asilenos
    asimientos asintieron asios asistencia asociarian asociaron asola asolares asolas asoldado asoldamos asomarian
    asondado asondamos asono asordada asordado asordados asordamos asordando asordemos aspeando aspearan aspectos
    asperean aspereando asperjan asperjando aspero aspirando aspirenme astado astados astas asumilas asuncion asunta
    asustaria atabalero atablamos atablando atablaron atable atacante atacaron atajarme atajaron atardece atardecida
    atardecido atardecio atardezco atarea atareada atasen atediaron atenas atenciones atendame atendanme atendar
    atendase atende atended atendedor atendedora atendeis atendela atendele atendelo atendeme atendeos atendera
    atenderan atenderas atendere atenderia atenderla atenderle atenderlo atenderme atenderos atenderse atenderte
    atendes atendete atendian atendida atendido atendiendo atendiera atendieran atendieras atendiere atendieren
    atendieres atendiesen atendra atendran atendras atendre atendria atendrian atener atenga atengais atengas
    atengase atengo atenida atenidas atentarian atente atenuacion aterecera aterecio ateria ateriera aterieron
    aterrado aterramos aterrera atesora atesorad atesoran atesorar atesoras atestaba atestado atestados atestamos
    atestarian atetarian atibaron aticenla aticenme aticense atiendala atiendalo atiendame atiendan atiendas
    atiendase atiendela atiendele atiendelo atiendeme atiendenos atiendes atiendete atiendo atiene atienen atierran
    atierren atiesada atiesten atiestos atinenla atinense atinente atingieron atoarian atocinar atojarian atondado
    atondamos atono atontado atora atoramos atorarian atormenta atormentad atormentan atormentar atormentas
    atormente atormento atracaron atraccion atraer atraparon atras atrasaron atrato atribula atrojado atronado
    atropado atroz atruenan atruenen aturdamos aturdieron atusadas atusados atuso audios auguremos aumentame
    aumentos aunes aureolan aures auricula ausencia ausentame automata automatas automatice automaticeis
    automaticela automaticelas automaticelo automaticelos automaticemos automaticen automaticenos automatices
    automaticese automatismo automatismos automatiza automatizad automatizais automatizan automatizaos automatizar
    automatizas automatizase automatizo automedica automedicas automedico autor avadaron avado avaharon avalaran
    avalares avalaron avalen avalo avalorad avaloran avalorar avaloras avaloreis avaloren avalores avalua avaluado
    avaluan avalue avanecia avanecido avanecieran avanecieren avanecieron avanecio avaneciste avaro avecinda avenada
    avenadas avenas avendran avenia avenid avenidas avenidla avenidlas avenidle avenidlo avenidme avenido avenidos
    avenila avenilas avenirla aventa aventabas aventada aventadas aventais aventaja aventajad aventajais aventajan
    aventajaos aventajar aventajas aventajase aventajes aventalas aventame aventanos aventaos aventaras aventarian
    aventas aventase avente averguenza averguenzan averguenzas averguenzo averiada averiado averiados aversion
    aviaciones aviadora aviar aviarios avido aviene avienlos aviennos avientas avienten avientes avientos avieso
    avilar avino avioneta avionetas avios avisa avisad avisador avisan avisara avisaran avisaras avisare avisaren
    avisares avisaria avisarla avisarle avisarlo avisarme avisaron avisaros avisarse avisarte avisas avise avisos
    avispar avispara avispare avispo avista avistar avistara avistare avisto avivar avivo avocacion avocaciones
    axiomatica axiomaticas axiomatico axiomaticos ayustaria azagaron azago azararon azareada azogado azogados
    azogando azolares azora azoramos azorrado azorramos azota azoten azotones babeados babeamos babeando babearia
    babero bacan bacana bacanora bacanos bacante bacantes bacao bachatea bachatead bachatean bachatear bachateas
    bachatee bachateo bacheaba bacheada bacheara bacteria bacterias baden bagajeros bagar baguemos bailamos bailando
    bailarme bajad bajadle bajadles bajadme bajala bajales bajalo bajame bajan bajara bajare bajarle bajarles
    bajarmela bajarmelo bajarse bajarte bajas bajase bajate bajea bajean bajear bajearia bajearse bajee bajeen bajel
    bajeo bajes bajon baladora baladron baladrones balano balar balata baldo balearia baleario balearme balen balon
    balsa balsas balso balta banadora banale banana banano banaos banar banarme banaron banca bancas bance bances
    bandejar bando bandos banen banga banos banquete banzo banzos baqueada baqueado baquearon baquetea baquetee
    baqueteo baquiana baraca baradero baraja barajale barajarme barajo baraka baratas baratea baratead baratean
    baratear barateas barateo baratera baratero baratija baratos baratro baratros baratura baraya barbados barbaria
    barbarian barbarias barbarica barbarie barbariza barbaro barbaron barbaros barbato barbatos barbeaba barbeada
    barbeado barbeais barbeara barbeare barbearia barbearian barbearias barbearon barbecha barbecho barbeeis
    barbemos barbeo barbera barberas barberias barberil barberos barcas barco barcos bardan bardaria barde bardes
    barita barne baroto barqueada barqueado barquearon barqueo barquero barramos barraria barreala barrearia
    barredla barreela barreria barrerian barrerias barrerla barrerlo barrero barreros barridos barrito barro
    barrones barros baruta basado basale basame basar basarme basas basca bascar basco basen basicamente basicas
    basico basilica basquead basqueada basqueado basquearon basquina basta bastados bastamos bastando bastaria
    bastarme bastearia basterna bastones batalles batano batata batato batearia batearian batearias batearla
    batearme baten baterias baterista batiendo batiente batiria batirian batirias bavara bavaros bazar beateria
    beaterias beaterio beatificado beber beisboles bellotero bendicion bendigais bendigala bendigale bendigalo
    bendigame bendigan bendigas bendigase bendigo bendijeron bendita benditas berracos berrado berrados berramos
    berrando berreado berreamos berremos beses besos besucado besucando betel betera bicampeonato bicha bicolores
    billas biloquen biloques bimensual bimensuales bimotores binde bines biologa biologas biologias biologica
    biologicas biologico biologos birlocho bisecando biseccion bisector bitad bitcoines bizcados bizcando bizcocha
    bizcochad bizcochado bizcochan bizcochar bizcochas bizcoche bizcochen bizcochero bizcoches bizcochos bizqueada
    bizqueado bizquearon blanco blancos blanqueada blanqueado blanquearon blanqueo bloguero bloque bloquea bloqueaba
    bloqueaban bloqueabas bloquead bloqueadas bloqueadla bloqueadlas bloqueadle bloqueadlo bloqueadlos bloqueadme
    bloqueadnos bloqueador bloqueadora bloqueados bloqueais bloqueala bloquealas bloqueale bloquealo bloquealos
    bloqueame bloqueamos bloquean bloqueando bloqueanos bloqueaos bloquear bloqueara bloquearan bloquearas bloqueare
    bloquearen bloqueares bloquearia bloquearian bloquearla bloquearle bloquearlo bloquearlos bloquearme bloquearnos
    bloquearos bloquearse bloquearte bloqueas bloquease bloqueasen bloqueate bloquee bloqueela bloqueelo bloqueen
    bloquees bloqueos bloques boalares bobearon bobina bocal bocamina bocana boche boches bocin bocinaba bocinad
    bocinada bocinado bocinais bocinan bocinar bocinara bocinare bocinas bocinase bocine bocino bodas bodigo
    bofarian bofetones bogado bogarian boguemos boina bojar bojarian bojen bolar bolares bolas bolea boleares
    bolearon boleas boletera boletero bolina bolisa bolisas bolla bollares bollaron bollas bolleros bollo bollones
    bolones bolonesa bolsadas bolsea bolseais bolseas bolsease bolseras bolseros bolso bolsones bolsos bombazos
    bombeados bombeais bombealos bombeamos bombeanos bombeaos bombearas bombeares bombearlos bombearnos bombearon
    bombearos bombeeis bombeelos bombeemos bombeenos bomberas bombero bombones bongao bongo bonina bonzo boqueaba
    boqueada boqueadas boqueado boqueados boqueando boqueara boquearan boquearen boquearon boqueo boqueron borato
    bordales bordamos bordeales borden bordones borlones borneros boros borramos borraron borrones bosco bosones
    bosqueja botalones botar botarian botearia botina botines botonera botoneras botonero botoneros botos bovina
    boyarian bramaron bregando bregaran brenas brenda brescando bretones brezaran brinde briscando bromarian bromo
    broquelada broquelado broquelaron broquelo brotarla brotarlo brotaron brusca brusco brusquedad buceando buces
    buena buenazas bueno buguenas buguenos burato burlando buscad buscadas buscadlo buscadnos buscado buscador
    buscados buscan buscandola buscandole buscandolo buscandome buscandoos buscandose buscandote buscanos buscara
    buscaran buscaras buscare buscaren buscares buscaria buscarla buscarle buscarlo buscarme buscaron buscaros
    buscarse buscarte buscas buscon busquedas busqueis busquela busquelas busquele busquelo busqueme busquenla
    busquese busto cabalero cabaleros cabalgalos cabalgaos cabalgas caballar caballas caballazos caballea caballeas
    caballee caballees caballejos caballeo caballeros caballitos caballo caballon caballones caballunos cabana cabed
    cabedlos cabellos caber caberlos cabes cabestra cabestro cabia cabiamos cabian cabida cabiendo cabila cabildos
    cabillas cabillos cabinas cable cableamos cableando cabran cabre cabrearon cabremos cabreros cabrita cabritas
    cabrito cabritos cabrones cacareado cacareas cacarease cacearas cacearon cacen cacharas cachuela cacillos
    cadalsos cadencia cadillos caducado caele caeremos caeriamos caeros cafetero cagadlos cagale cagar cagara
    cagarian cagarla cagarlas cagarlo cagarlos caguela caguelas caguemos caguenla cahita caibe caiminto caimital
    cainta cairelaron cairense cairo caiste cajuelas caladlos caladora calale calandrada calar calara calarlos
    calase calaseis calases calcaras calcaron calcases calce calcetaron calcetero calcinar calcular calculares
    calcularon caldense caldo calefacciones calele calen calentame caler calesero calienta caliente calienten
    calientes caliento califica calima calina calla callalos callamos callando callantas callares callaron callases
    callea callee callen calleo calles callo calmadlo calmado calmados calmando calmara calmaran calmaras calmaria
    calmarla calmaron calmases calme calmo calmudos calores calos calpe calvario calvaron calvases calve calzaron
    calzases camada camana camarada camaras camarera camareta camaro camarona camaza camba cambados cambamos cambao
    cambar cambara cambaran cambaras cambaren cambaria cambaron cambaros cambemos camben cambiaba cambiaban
    cambiable cambiad cambiada cambiadla cambiadlas cambiadle cambiadlo cambiadlos cambiado cambiador cambiados
    cambiais cambiala cambialas cambiale cambialo cambialos cambiame cambiamela cambiamelo cambiamos cambian
    cambiando cambianos cambiaos cambiara cambiaran cambiaras cambiare cambiaren cambiares cambiaria cambiarian
    cambiarias cambiarlas cambiarle cambiarles cambiarlos cambiarme cambiarmela cambiarmelo cambiarnos cambiaros
    cambiarosla cambiaroslo cambiarse cambiarsela cambiarselo cambiarte cambiartela cambiartelo cambias cambiase
    cambiasela cambiaselo cambiasen cambiate cambiazo cambiazos cambices cambie cambieis cambiela cambielo cambielos
    cambiemos cambienla cambienlo cambienos cambies cambiese cambija cambijas cambimba cambista cambiza cambizad
    cambizan cambizar cambizara cambizaran cambizare cambizaren cambizaria cambizaron cambizas cambizo cambo
    cambrica cambrico cambricos cambrils camelara camelarla camelarlo camelaron camelios camellos camera camerino
    camiar camillas camilo camina caminado caminalo caminaos caminara caminarla caminarlo caminaron caminata
    caminatas camine caminela caminelas caminelo caminera camineras caminero caminos camion camionera camioneras
    camionero camioneros camiones camiseta camisetas camita camorrea camorreo campanada campara camparan camparas
    camparia camparon campeador campeara campearon campeona campeonas campeonatos canada canado canalada canalado
    canallas canana canara canaron canase cancelaban cancelado cancelados cancelalo cancelalos cancelamos cancelan
    cancelanos cancelaos cancelar cancelara cancelaran cancelaras cancelare cancelaren cancelares cancelaria
    cancelarian cancelario cancelarios cancelarla cancelarle cancelarlo cancelarlos cancelarme cancelarnos
    cancelaros cancelarse cancelarte cancelasen canceraran canceraren canceraron canchearon cancino canciones
    cancioneta cancionetas canda candada candadas candado candados candan candando candaron cande canea caneada
    caneadas caneado caneados caneando canearon canecian canecieron caneciste canee canen canes canga cangada
    cangadas cangado cangados cangalla cangando cangaron cangrejo canina canino canita canito canje canjeada
    canjeado canjearla canjearlo canjearon canjeela canoa cansa cansaba cansaban cansabas cansad cansadas cansadla
    cansadlas cansadle cansadlo cansadlos cansadme cansadnos cansador cansadora cansados cansala cansalas cansalo
    cansalos cansamos cansan cansando cansanos cansaos cansar cansara cansaran cansaras cansaria cansarla cansarlo
    cansarme cansaron cansaros cansas cansen canses canso cantad cantada cantadas cantadla cantadlo cantado cantador
    cantados cantal cantalea cantan cantando cantar cantaras cantarla cantaron cantas cante cantea canteada canteado
    cantearon canteras canteria canterios canto cantoras cantos cantusada cantusado canuelar canuelas canulares
    canuta capadlos capara caparlos caparros capeador capeales capen capenlas capita capitales capitan capitana
    capitel capitula capitule capitulo capon capta captarian captener capullos caquiona carabina carallas carato
    carba carballo carbo carburos carca carcamos carcas carda cardador cardales cardamos cardan cardaros carde
    cardemos cardense carderos cardes cardinales cardizales cardo cardones cardos carea careador careados careamos
    carearos carece carecen caree carencia carene careo careos carero careros careta careto carga cargador cargamos
    cargarla cargarlo cargaron cargaros cargo cargos caria cariados cariamos carian cariaron caribena caribeno
    caribes caricato carie carillos carina carine carino cario carios caripe cariseto carisma carismas carital carla
    carlismo carlista carlita carlitas carlos carme carmeros carnacion carnea carneada carneado carnee carneo
    carneros carnes carnet carnificado carolina caros carota carpa carpamos carpe carpelar carpidos carpo carpos
    carra carracos carras carreros carreteo carreto carreton carretos carrillo carritos carrizo carrizos carroces
    carron carronas carrones carrozas carrujos cartas cartea carteros carvallos casacion casaciones casada casaderos
    casadlos casado casame casar casara casarlos casarme casas cascando cascaras cascarme caseacion casen cases
    casina casino casita casquete casta casto catadlos cataldos catalejo catalizo cataloga catalogad catalogado
    catalogalo catalogan catalogaos catalogar catalogas catalogos catalogue catara catarlos catarral catarros
    cateador catearia caten cationes cauciona caucione cauciones cauciono cauro cauros causacion causada causadas
    causadla causadlo causado causador causados causando causarme cause causeada causeado cauta cautelaron cautos
    cavadlos cavado cavadura cavar cavara cavarlos caven cavidad cayara cazadlos cazadora cazallas cazara cazarlos
    cazuela cazuelas cazurros cebadlos cebaramos cebarlos ceben ceceamos cecinar cecinara cecinare cedan cedela
    cederian cedes cedia cediamos cedido cediendo cedieron cedranos cedro cedrones cedulaba cedulacion cedulad
    cedulada cedulado cedulais cedulan cedular cedulara cedularas cedulare cedulareis cedularen cedulares cedularse
    cedulas cedulase cedulases cedule cedulo cefeamos cegajear cegaramos cegarian ceguemos cejan cejar cejaramos
    cejaron cejas cejen cejuela cejuelas celaramos celase celaseis celases celtista celula celularia celularias
    celulario celularios celulas cenador cenadora cenaramos cendra cendrada cendrado cendramos cendran cendremos
    cendro cenero ceniamos cenos censada censadas censadla censadlo censado censados censales censamos censando
    censar censares censarla censarle censarlo censarlos cense censoras censores censual censuales censurales
    censures centauro centavas centenas centonas centra centraba centraban centrada centradas centradla centrado
    centrais centrala centralo centrame centramos centraos centrar centrara centraran centrare centras centrase
    centrate centre centren centrico centros cercad cercadlo cercado cercador cercados cercalos cercamos cercan
    cercando cercanos cercar cercaramos cercaros cercas cercea cerceado cerceamos cerceara cercetas cercha cerchado
    cerchamos cerco cerda cerdeado cerdeamos cerdito cerditos cerea cerio cerita cerito cerna cernamos cerne
    cerneado cerneamos cernemos cerniamos cernimos cerra cerrabamos cerrabas cerrad cerrada cerradas cerradero
    cerradizo cerradla cerradle cerradlo cerradlos cerradme cerradnos cerrador cerradora cerrados cerrajas cerrajeo
    cerrajon cerralas cerrales cerralo cerralos cerralvo cerramelos cerranas cerrando cerrano cerranos cerraos
    cerraramos cerraras cerraremos cerrares cerrarlo cerrarlos cerrarnos cerraron cerraros cerrasemos cerrases
    cerrazon cerremos cerreros cerrille cerrito cerritos cerro cerrojos cerros certifica certificaba certificad
    certificada certificadas certificadla certificadle certificadlo certificadlos certificadme certificadnos
    certificador certificadora certificados certificais certificala certificale certificalo certificalos certificame
    certificamos certifican certificando certificanos certificaos certificar certificara certificare certificarlo
    certificaron certificaros certificas certificase certificate certifico certisima certisimo cervatos cesacion
    cesaramos ceses cesta cestas cesto cestodos cestones cetro chaca chafares chafaria chalamos chalando chalaria
    chalarla chalases challamos challando challe chamara chamaran chamaras chamaria chamarra chamarras chambara
    chamorra champara chamurra chancada chancado chancearon chanelaron changada changado changarra chanta chantada
    chantado chantais chantara chantaria chantas chantase chanto chaparia chaparra chaparral chaparras chaparrea
    chaparro chapatal chapitel chapurra charlame charlamos charlando charo charqueo charrada charrado charramos
    charrara charremos charro charta chascada chascado chascais chaspais chaspeis chatarras chatarrea chatarread
    chatarrean chatarrear chatarreas chatarree chatarreo chatarrera chateara chatearia chayaria chazaria checa
    chelines cheque cheveres cheviots chicao chicas chicha chicla chico chicolea chics chicu chida chila chilca
    chilindron chima china chinaste chinela chinelas chingala chingla chinglad chinglan chinglar chinglas chingles
    chingona chinoblas chintado chipa chirinola chirrido chirridos chisca chiscada chiscado chisme chist chista
    chistare chistares chistaria chistase chistases chisteis chisten chistera chistes chisto chita chitarera
    chitaria chitarran chitaste chite chiva chivaste choca chocaba chocaban chocabas chocad chocadas chocadla
    chocadlas chocadle chocadlo chocadlos chocadme chocadnos chocados chocala chocalas chocalo chocalos chocaman
    chocamos chocando chocanos chocara chocaran chocaras chocares chocaria chocarla chocarlo chocaron chocaros
    chocheada chocheado choclaba choclada chocladas choclado choclados choclando choclara chocoana chocoano chofetas
    choloque chopeada chopeado chopeares choqueis choquela choquele choquelo choqueme choquen choques choquese chora
    chorada choradas chorado chorados choramos chorando chorares choraria chorarias choraron chorlitos chorrada
    chorrea chorread chorrean chorrear chorreas chorrees chorreo chorreon chorreos chorrera chospada chospado
    chospara chota chotas choteada choteado choteares chozpada chozpado chozpara chuca chufares chuferas chuferos
    churrado churramos churrito chuscada chutaria chutarla ciabogado ciado cianatos cianitas ciaramos ciaremos ciase
    ciases ciclases cielitos ciento cierna ciernan ciernes cierrala cierrale cierralo cierralos cierrame cierranos
    cierras cierrate cierre cierren cierro cierta cierva ciframos cifraran cifraron cigarros cilantros ciliados
    cilindra cilindraba cilindraban cilindrabas cilindrad cilindradas cilindrado cilindrados cilindrais cilindramos
    cilindran cilindrando cilindrar cilindrara cilindraran cilindraras cilindrare cilindraren cilindrares
    cilindraria cilindrarse cilindras cilindrase cilindrasen cilindrases cilindraste cilindre cilindreis cilindremos
    cilindren cilindres cilindrica cilindricos cilindro cillas cimblaron cimbraron cimbrios cimiente cincelaran
    cincelaren cincelaron cines cinetica cingleis cingles cinica cinicamente cinta cintado cintados cintando
    cintaras cintares cinteras cinteros cintura cinturas circa ciriales cirro cirros ciscando cisma cismo cista
    citad citerior civicamente clama clamara clamaran clamaras clamaria clamases clame clamen clames clamo clanes
    clara clarecen clarecio clareo clarita claror claros clasemas clavadlo clavado clavados clavadura clavando
    clavar clavaron clavases clave claves clavo clemente clero clienta clientas clientela clientes climas climatizad
    climatizada climatizadas climatizado climatizados climatizamos climatizando climatizar climatizaron climax
    clinicas clinico clinicos clisa clisases clise clises cliza clocada clocadas clocado clocados clocando clocaron
    clocases clonaras clonaron clonases clone cloque cloqueaba cloquead cloqueada cloqueadas cloqueado cloqueados
    cloqueando cloqueara cloquearan cloquearen cloquearon cloqueo cloqueos cloramos cloraron clorases clore clores
    cloro closet cluenate coaccion coacciones coagente coalicion coaliciones coaligaron coapitas coarta coartada
    coartado coartaos coartaron coaxiales cobaltos cobardon cobertera coberteras cobertor coberturas cobijaron cobra
    cobraban cobrad cobrador cobrados cobralos cobramos cobrando cobranos cobranza cobrara cobraran cobraras cobrare
    cobraren cobrares cobraria cobrarian cobrarla cobrarle cobrarlo cobrarlos cobrarme cobrarnos cobraros cobrarse
    cobrarte cobras cobrasen cobre cobrea cobrean cobrear cobreara cobrearan cobreare cobrearen cobrearon cobren
    cobreo cocada cocado cocainas cocal cocarian cocciones coceador cocearia cocearian cocearon cocer coceria
    cocerian cocerias coche coches cochinas cocida cociendo cociente cocieron cocina cocinaba cocinad cocinada
    cocinado cocinais cocinala cocinale cocinalo cociname cocinan cocinaos cocinara cocinaran cocinaras cocinare
    cocinaren cocinares cocinaria cocinarla cocinarle cocinarlo cocinarme cocinaron cocinaros cocinarse cocinarte
    cocinas cocinase cocinate cocinera cocinero codas codeales codealos codearia codearian codearon codeelos
    codician codicias codicien codigos codito codos coeducado coexistencia coextendida cofiador cofinanciado
    cofinancian cofinanciar cogechan coged coger cogera cogeran cogereis cogeriais cogerias cogerla cogerlas coges
    cogida cogiendola cogiendole cogiendolo cogiendome cogiendoos cogiendose cogiendote cogieran cognicion
    cogniciones cognocer cohobada cohobado cohortes coimeado coimeara coitado coitados coitando coitaras coitaron
    coito cojan cojea cojean cojearia cojearian cojearon cojee cojeen cojeo cojin colabores colado coladores
    colaires colapses colar colareis colares colarian colarles colaron colase colaseis colases colchado colcharon
    coleado coleados coleando colearan colearen coleares colearia colearian colearon coleases colecciones colegian
    colegiaron colen coleo colerica colerina coletero colgaban colgadlo colgado colgador colgados colgajos colgalos
    colgamos colgando colganos colgaran colgaras colgaren colgares colgaria colgarian colgarla colgarle colgarlo
    colgarlos colgarme colgarnos colgaros colgarse colgarte colgasen colgases colgo coligado coligaran coligaren
    coligaron coligiendo coligo colima colimada colimado colimador colimados colimando colimaron colimo colindada
    colindar collado collados collares collarin colma colmad colmada colmadas colmadla colmadle colmadlo colmadlos
    colmadme colmadnos colmados colmalo colmalos colmamos colmando colmanos colmaran colmaren colmares colmarian
    colmarlo colmaron colmaros colmases colmatado colmato colme colmos colocada colocado colocares colocaron
    colodras coloides colombres colon colones coloques colora colorado colorais colorares coloraron coloras colorase
    colorases colore colorea coloread coloreais colorean coloreaos colorear coloreas colorease coloree coloreeis
    coloreen colorees coloreese coloreis coloremos coloren coloreo colorete coloretes colori colorian colorias
    colorido coloriese coloris coloro coman comandame comarapa comarcada comarcal comarcan comarcar comarcas comas
    combara combaran combaras combaria combarian combaron combemos combia combinar combinarla combinarlo combinaron
    combustibles comed comedian comedida comen comentado comentadora comentame comera comeran comercia comerciaba
    comerciable comerciad comerciada comerciado comerciais comerciales comercian comerciar comerciara comerciare
    comercias comerciase comercie comercien comercies comercio comercios comere comeria comerian comerias comes
    comestible cometian cometida cometido cometieron comia comica comicial comidais comidan comidas comide comido
    comience comiendo comienzo comieran comillas cominear comino comiza comoda compacta compactacion compactada
    compactame compactar compactarme compacto compadra compadraba compadrad compadrada compadradas compadrado
    compadran compadrar compadrara compadrare compadras compadrase compadre compadrea compadreada compadro compana
    companas companera compania comparaba comparaban comparabas comparable comparad comparadas comparadla
    comparadlas comparadle comparadlo comparadme comparado comparador comparados comparais comparala comparalas
    comparale comparales comparalo comparamela comparamelo comparamos comparan comparando comparanza comparaos
    comparar comparara compararan compararas comparare compararen comparares compararia compararian compararla
    compararlas compararle compararlo compararlos compararme compararon compararse compararte comparas comparase
    comparasen comparases comparaste comparate comparativa compare comparece comparecian comparecio comparela
    comparele comparelo compareme comparen comparenme compares comparese comparo comparsa comparsas comparta
    compartala compartan compartas comparte comparti compartia compartida compartime comparto compasa compasaba
    compasad compasada compasadas compasado compasan compasar compasara compasare compasas compasase compasea
    compaseada compelan compelen compelieron competan competas competer competidora competir compilada compilador
    compiladora compilame compilan compilar compilara compilarla compilarlo compilen compitan complagame complanar
    complazla complazlo compleja complejas completa completaba completad completada completado completais completala
    completale completalo completame completan completanos completaos completara completaran completaras completare
    completaren completares completaria completarla completarle completarlo completarme completaron completaros
    completarse completarte completas completase completate complete completen completes completo completos
    completud complexa complexas complica complicame complicar complicate complota complotad complotan complotar
    complotara complotare complotas comporta comportada comportado comportame comportan comportar comportarla
    comportarlo comporte comporto composicion compostar compra compraba compraban comprad comprada compradas
    compradla compradlas compradle compradlo compradlos compradme compradnos comprado compradora compradoras
    compradores comprados comprais comprala compralas comprale compralo compralos comprame compramela compramelo
    compramos comprando compranos compraos comprara compraran compraras comprare compraren comprares compraria
    comprarian comprarias comprarlas comprarle comprarles comprarlos comprarme comprarmela comprarmelo comprarnos
    compraron compraros comprarosla compraroslo comprarse comprarsela comprarselo comprarte comprartela comprartelo
    compras comprase comprasela compraselo comprasen comprate compreis compren compres compresa comprese compresor
    compriman comprime comprimo comproba comprobar comprobarla comprobarlo comprobe comprobo compuestos computacion
    computada computadla computado computador computadoras computadores computadoriza computados computame computan
    computandola computar computara computarla computarlo comulgaron comunera comunicaba comunicable comunicad
    comunicada comunicadle comunicadme comunicado comunicais comunicala comunicale comunicales comunicalo
    comunicamela comunicamelo comunicamos comunican comunicante comunicantes comunicaos comunicar comunicara
    comunicare comunicaren comunicares comunicarle comunicarme comunicarse comunicarte comunicas comunicase
    comunicasen comunicases comunicaste comunico comunidad comunion comunista concerta concesionaria concesionarias
    concesionarios concierne concionar concision concisiones concitado concitar concluido concomes concretan
    concretando concreto conculco condado condados condales conde condecian condense condesan condicen condices
    condicho condichos condiciona condicionad condicionada condicionadlo condicionado condicionados condicionais
    condicional condicionales condicionalo condicionan condicionando condicionaos condicionar condicionares
    condicionas condicionase condicionases condicione condicioneis condicionela condicionelas condicionele
    condicioneles condicionelo condicionelos condicioneme condicionemos condicionen condicionenos condicionense
    condicionese condiciono condigno condigo condiras condirian condoles condones condores conduccion conducciones
    conduces conducian conducios conducto condumio conduras coneado coneados coneando conearas conearia conearian
    conearon conectado conectame conectan conectarme conectes confabule conferia conferian confesable confesionario
    confesionarios confesonario confiaba confiaban confiabas confiables confiadla confiadle confiadles confiadlo
    confiadme confiado confiala confiale confiales confialo confiame confiamos confiare confiarla confiarle
    confiarles confiarlo confiarme confiarse confiarte confiase confiaste confiate confiele confielo confieme
    confiemos confienle confienme confiense confiere confiero confiese confieso confinadle confinado confinale
    confinar confinarle confiramos confirio confirma confirmaba confirmad confirmada confirmadas confirmadla
    confirmadle confirmadlo confirmadlos confirmadme confirmadnos confirmador confirmadora confirmados confirmais
    confirmala confirmale confirmalo confirmalos confirmame confirmamos confirman confirmando confirmanos confirmaos
    confirmar confirmara confirmare confirmarlo confirmaron confirmaros confirmas confirmase confirmate confirme
    confirmelo confirmen confirmes confiscado confisco confitado conforma conformacion conformad conformada
    conformadlo conformado conformador conformados conformalo conformando conforme conformo confortado conforto
    confutado congelaron congenia congenian congenie congerie congojes congoles congrega congrego congresos congrios
    congruas congruos conguito conjunto conjuras conllores conminar conmino conmocion conmociones conmoves conmutado
    conmutadora connotado connotes conoce conoced conoceis conocela conocelas conocele conoceles conocelo conocelos
    conoceme conocemos conocen conocenos conoceos conocer conocera conoceras conocere conoceros conocerse conocete
    conocias conociese conoides conozcas conozles conrea conreado conrearon conreo consagro conseguia conseguian
    conseguias conseguid conseguida conseguido conseguila conseguile conseguilo conseguime conseguios conseguira
    conseguiran conseguiras conseguire conseguiria conseguirla conseguirle conseguirlo conseguirme conseguiros
    conseguirse conseguirte conseguis conseguite consejar consejas consejos consenti consentir consiente consiga
    consigalo consigan consigas consigna consigne consigno consigue consiguio consista consistan consisto consome
    consomes conspiro constada constado constados constando constaras constatame constatan constatando constatarme
    constato constipo consto construcciones construi construir consuele consuelo consuene consueno consulado
    consular consules consulta consultad consultado consultalo consultan consultaos consultar consultas consulte
    consultelo consulten consultes consultivo consultor consultora consuma consumad consumado consumale consumalo
    consumame consuman consumaos consumar consumare consumas consumase consumate consumeis consumela consumele
    consumelo consumen consumes consumese consumi consumia consumid consumido consumile consumilo consumime consumio
    consumios consumir consumire consumis consumite consumos consuno conta contaban contabas contable contacta
    contactaba contactad contactada contactadle contactadme contactado contactais contactala contactale contactales
    contactalo contactamela contactamelo contactamos contactan contactando contactaos contactar contactara
    contactaran contactaras contactare contactaren contactares contactaria contactarla contactarle contactarles
    contactarlo contactarmela contactarmelo contactaron contactaros contactarse contactarte contactas contactase
    contactasen contactases contactaste contactate contacte contacteme contacten contactenme contactes contactos
    contad contada contadas contadero contadla contadle contadlo contadlos contadme contadnos contador contadora
    contados contagiame contagiarme contagio contalas contalo contalos contamos contando contanos contante contarais
    contaran contaras contares contarian contarias contarlas contarlo contaron contaros contarse contarte contas
    contaste contende contener contenga contengan contenia contenian contenla contenle contenme contense contenta
    contentad contentame contentan contentando contentar contentarme contentas contente contenten contento conteras
    conteros contestaba contestaban contestad contestada contestado contestais contestala contestale contestalo
    contestame contestando contestanos contestaos contestar contestara contestaran contestare contestaren
    contestarme contestaron contestas contestase contestasen contestate conteste contesten contestes contesto
    contexto contextua contextuan contienda contiende contiendo contiene contienen contienes contigo contigua
    contiguas contiguo continuaba continuad continuada continuado continuais continuala continuale continualo
    continuame continuan continuaos continuar continuara continuare continuas continuase continuate continue
    continuela continuen continues continuo continuos conto contonea contorces contornas contra contrabandeo
    contrabando contrabandos contrabatan contrabato contrae contraed contraeis contraelo contraen contraeos contraer
    contraeran contraes contraete contrahaz contraia contraian contraias contraido contraigan contraigo contrair
    contrais contraje contrajo contralor contralto contraltos contramanda contramande contramando contramano
    contramatan contramatando contramato contrapean contrapeando contrapeo contrapon contrarian contrariando
    contrario contrasta contrastad contrastado contrastame contrastan contrastando contrastar contrastarme
    contrastas contraste contrasten contrasto contrata contrataba contrataban contrataca contratacado contratacan
    contratacando contrataco contratad contratada contratadlo contratadnos contratado contratados contratais
    contratala contratale contratalo contratame contratandola contratandole contratandolo contratandome
    contratandoos contratandose contratandote contratanos contratante contrataos contratapa contratar contratara
    contrataran contratare contrataren contratarlo contratarme contrataron contratas contratase contratasen
    contratate contrate contratelo contraten contratenlo contrates contratos contraven contray contrayendo contreras
    contricion contriciones contrista contristan contristando contristo contrita contritas contrito contritos
    controlan controlando controlas controlo contulmo contunda contundo conturbas contusas convenced convenceis
    convencela convencele convencelo convenceme convencen convenceos convencer convencera convencere convences
    convencete convenci convencia convencio convendre convenga convengo convenia convenid convenio convenir convenis
    convento convenza convenzle convenzo convenzte converge converse converso convertir conviccion convicciones
    convicto convidalo convidate convideme conviden convidenme convidense convidese convienen convienes convierte
    convine conviven convocas convoyes convulso cooperacion cooperada cooperador cooperadora cooperan cooperar
    cooperaria cooperativas cooperativo cooperativos cooperes cooptado cooptara coordina coordinaba coordinad
    coordinada coordinado coordinador coordinados coordinais coordinala coordinale coordinales coordinalo
    coordinalos coordiname coordinamos coordinan coordinanos coordinaos coordinara coordinaran coordinaras
    coordinare coordinaremos coordinaren coordinares coordinaria coordinarla coordinarle coordinarlo coordinarme
    coordinaron coordinaros coordinarse coordinarte coordinas coordinase coordinasemos coordinate coordine
    coordineis coordinelas coordinelo coordinelos coordinemelos coordinemonos coordinen coordinenlos coordines
    coordino copara coparian copearia copearian copearon copen coper copiador copiales copiando copiarla copiarlo
    copiaron copienlo copiloto copinais copinar copinara copinare copinas copinase copleado coplearon copropiedad
    copto copular copulara copulare copulares coque coqueada coqueado coquearon coran corar coraramos corarian
    corarias coraron corca corcamos corcaron cordajes cordales cordeles corderia cordilos corea coreados coreales
    coreamos corearia corearian corearon coren coreo corlamos corlares corlaron corlases corlea corleado corlearon
    corleo cornea corneado corneador corneales corneo coronales coros corporacion corporativa corporea corporeo
    corra corrales corramos corran corre correaba corread correada correado correais correamos correan correar
    correara correare correaron correas correase correcta correctas correctivo corrector correctora correctos corred
    corredla corredlo corredor corree corregia corregido correla correlas correlato correlo correlos corremos corren
    correnos correntio correon correos correosa correoso correr correra correran correras correria correrian
    correrla correrlo correros correrte corres corretea correteo corria corriamos corrida corridas corridos
    corriendo corriera corrigio corrijo corrimos corrio corro corroa corroamos corroe corroela corroelo corroeos
    corroera corroida corroido corroidos corroigo corros corrupto corsario corsarios corsea corseo corso corsos
    corta cortadlo cortado cortador cortados cortales cortamos cortando cortaras cortaron cortesia corticales
    cortinales corto corvales cosarios coscando coscaron cosco cosen coser coseria coserian coserias cosida cosiendo
    cosio costa costadlo costado costados costales costamos costando costaras costaria costaron coste costeado
    costeo costeras costos costras costuras cotas cotorrea cotorreo cotos creadlos creadnos creado creadora
    creadoras creadores creados crearamos crecidos crecimos crecio crediticia crediticias crediticios creditos
    credula credulas creerian creiamos cremados cremamos cremaran crepite crepiten crepites crepito cresta crestado
    crestados criador criadora cribador cribe criminal crines cripta cripton crisoles crispadles crispalas crispale
    crispales crispalos crispares crisparles crispases cristalera cristaleras cristalero cristaleros cristalices
    cristianes cristo crocitar cromaran cromarian cromo crotores cruenta cruentar cruentas cruento cruentos
    cuadernos cuadra cuadraba cuadraban cuadrabas cuadrad cuadradas cuadradla cuadradlas cuadradle cuadradlo
    cuadradme cuadrado cuadrados cuadrais cuadral cuadrala cuadralas cuadrale cuadralo cuadralos cuadrame cuadramos
    cuadran cuadrando cuadranos cuadraos cuadrara cuadraran cuadraras cuadrare cuadraremos cuadraren cuadrares
    cuadraria cuadrarla cuadrarle cuadrarlo cuadrarme cuadraron cuadraros cuadrarse cuadrarte cuadras cuadrase
    cuadrasemos cuadrate cuadreis cuadremonos cuadrense cuadrese cuadriga cuaiquier cuajaremos cuajarme cuajemos
    cuajense cualesquier cualquiera cualquieras cuando cuanta cuantiad cuantiais cuantian cuantiar cuantias
    cuantiase cuanticas cuantico cuanticos cuanties cuantio cuantiosa cuantioso cuantizas cuantizo cuarcita cuarenta
    cuarentas cuarinta cuarta cuartada cuartados cuartagos cuartais cuartamos cuartas cuartase cuarteas cuartees
    cuarteis cuartemos cuarteros cuartes cuartetos cuarto cuarton cuartones cuarzos cuarzosa cuarzoso cuata cuatas
    cuatreros cuatros cubero cubertura cuberturas cubicada cubicadas cubicadlos cubicadnos cubicado cubicados
    cubicalos cubicamos cubicanos cubicaos cubicaron cubicaros cubicate cubierto cubiertos cubijados cubilados cubra
    cubramos cubran cubres cubri cubro cucaremos cucho cuela cuele cuelense cuelo cuenca cuencame cuenco cuenda
    cuentala cuentale cuentales cuentalo cuentamela cuentamelo cuentan cuentas cuentate cuente cuentela cuentele
    cuentelo cuenteme cuentenme cuentera cuentero cuentese cuentista cuentos cuera cuerdo cuereado cuereame
    cuereamos cuereo cuerno cueros cuerpo cuervo cuestas cuestate cueste cuesten cuestion cuesto cueto cueva cuevas
    cuevo cuezo cuidadle cuidadme cuidale cuidales cuidame cuidamos cuidare cuidaremos cuidaren cuidares cuidarle
    cuidarme cuidaron cuidarse cuidarte cuidase cuidasen cuidases cuidaste cuideme cuidemos cuidenla cuidenlo
    cuidenme cuidenos cuides cuido cuita cuitas cuitease culero culparon culpases culpense culta cultas cultismo
    culto cultores cumbearon cumbia cumbre cumbrena cumbreno cumplais cumplamos cumplan cumple cumpleaneros cumples
    cumpli cumplia cumpliamos cumplian cumplias cumplid cumplida cumplidero cumplideros cumplidnos cumplido
    cumplidor cumpliera cumplieran cumplieras cumpliere cumplieren cumplieres cumpliesen cumplila cumplile cumplilo
    cumplime cumplinos cumplio cumplios cumplira cumpliran cumpliras cumplire cumpliria cumplirla cumplirle
    cumplirlo cumplirme cumplirnos cumpliros cumplirse cumplirte cumplis cumplite cunaremos cundamos cundanse
    cundiendo cundieron cundiese cundiremos cunero cunes cuneta cuotea cuoteais cuoteas cuotease cupieren cupieron
    cuprosos cuquemos curacion curalito curaos curaramos curaremos curarlos curarnos curasaos curatos curdo curdos
    curen curgos curiales curio curios curiosos curradlo currado currados curralos curramos currando curranos
    curraron curraros curre curremos curren curricular curriculo curriculos curro curros cursa cursadas cursados
    cursales cursalos cursamos cursanos cursaos cursaros cursas curse cursemos curses cursi cursis cursor cursores
    curta curtamos curtas curtidos curto curvamos curvo curvos cusca cusco cusiendo cusieren cusiremos cutaneas
    cutaneos cutas cutos cutre dable dadme dalla dallamos dallando dallares dalle damelo damian damos danarian
    danaron danta danto danzaron daran dares daria darias darien darle darse darte datacion dataciones datadles
    datarian datarles debacles deban debandar debas debutado decalves decencia decepciona decepcionaba decepcionad
    decepcionada decepcionadas decepcionadla decepcionadle decepcionadlo decepcionadlos decepcionadme decepcionadnos
    decepcionados decepcionais decepcionala decepcionale decepcionalo decepcionalos decepcioname decepcionamos
    decepcionan decepcionando decepcionanos decepcionaos decepcionar decepcionara decepcionare decepcionarlo
    decepcionaron decepcionaros decepcionas decepcionase decepcionate decepcionelo decepciono decidido decidirian
    decimelo declares decolores decretad decretais decretan decretaos decretar decretas decretase decretes decreto
    decretos dedalera dedalo dedicacion dedicado dedico dedolares deduccion deducido deduelan defecado defeccion
    defecciones defeco defectiva defectivo defectivos defectos deferencia deferencias deformacion deglucion
    deguellan deguello degustaria deidades deitanas dejacion dejad dejadles dejadlo dejadlos dejado dejais dejala
    dejale dejalos dejamelo dejaos dejara dejaran dejare dejaren dejarian dejarles dejarlo dejarlos dejarnos dejaros
    dejase dejaselo dejelo dejen dejes dejos delas delegando delibera delibere delibero deluda demandaba demandad
    demandada demandado demandais demandala demandale demandalo demandame demandan demandaos demandar demandara
    demandare demandas demandase demandate demande demandela demanden demandes demando demanial demarcas demas
    demelo demolicion demos demostrar demostre demuda demuelan demuestrame demuestrenme denar denomino denos densar
    denta dentabas dentadas dentados dentales dentamos dentar dentaras dentaren dentario dentaron dentas dentaste
    dente dentelle dentelles denteras denticiones dentinas dentistas dento dentonas denuda denuesta denuesto
    denuestos denuncia denunciad denuncian denunciar denuncias denuncie denuncio depara deparan departamento
    departan departes departido departidos departir dependiente deponerla deponerlo deportada deportado deposicion
    deprecio depuesta depuestas depuesto depuestos depurado derivado derivados derive derramaos derramas derrames
    derrengue derribale desabollador desacere desacredito desadore desafecto desafore desagues desalale desalales
    desalare desalele desaleles desalento desalmes desalo desaltere desamore desamure desanda desandad desandan
    desandar desandas desangre desanida desanido desanuda desarrollad desarrollada desarrolladas desarrolladla
    desarrolladle desarrolladlo desarrolladlos desarrolladme desarrolladnos desarrollado desarrolladora
    desarrolladoras desarrolladores desarrollados desarrollalo desarrollalos desarrollamos desarrollando
    desarrollanos desarrollaos desarrollar desarrollaron desarrollaros desaseare desasido desasiere desasile
    desasime desasira desasire desasirle desasirme desasirse desasirte desasite desasnare desastres desataba
    desatado desatados desatamos desatare desatento desatore desbanda desbastare desbaste desbrido desbrues
    desbucharon descaido descanta descanto descargada descargado descargar descargo descasare descastare descaste
    descendido descenso descentro desceran descerando desciendo descimento descomido desconto desconvido descorito
    descorrido descosido descostre descresto describa describame describanme describanse describe describele
    describeme describen describes describi describime describio describo descripto descrita descrito descritos
    descuelga descuelgo descuella descuello descuenta descuentalo descuentan descuentas descuente descuentelo
    descuenten descuentes descuentos descuera descuerdo descuerno descuero descuido descules desda desdados desdamos
    desden desdentadas desdes desdi desdieron deseados deseamos desearon deseaste desecharon desee deselles
    desembolso desempacharon desencajas desentejas deseques deserrada desertada desertas deses desestere desfasare
    desfecho desfonde desfonden desganado desganaron desgancharon desganche desgastare desgaste deshuesa deshuese
    deshueso desistencia desistire desjunto deslastra deslastre deslastren deslastres deslastro desleido desliado
    deslindo desluces deslustre desmalle desmalles desmanad desmanada desmancharon desmanda desmandad desmandan
    desmandar desmandas desmande desmando desmanea desmanga desmecharon desmidio desmido desmiento desmocharon
    desnorte desnudes desnutre desnutro desoidlo desoido desoidos desojaron desolacion desolares desopilo desopino
    desorganizaciones desorganizarian desorganizaron desos desosare desoxido despachaban despachado despachador
    despachados despachalo despachalos despachamos despachan despachanos despachaos despachar despachara despacharan
    despacharas despachare despacharen despachares despacharia despacharian despacharla despacharle despacharlo
    despacharlos despacharme despacharnos despacharos despacharse despacharte despachasen despachero despacheros
    despacho despacio despacito despajaron despajes despaldaron despaldo despalmaron despancaron despaparon despapes
    desparvaron despasare despasaron despases despeado despeando despearan despecharan despecharen despecharon
    despedido despedrando despedro despeeis despees despegan despegando despegos despegues despeino despejan
    despejando despejaos despejas despejenme despejes despejos despenan despenando despenenme despenes despenos
    desperar desperna despernado despernando desperno despertando desperto despezando despezos despicado despicaron
    despicharan despicharen despicharon despicho despico despida despidalo despidan despidas despide despidelo
    despiden despides despidio despidos despiedro despiezo despinto despinzo despiojo despiques despista despisto
    desplacio desplancharon desplumes despojes despojos desposes despresa desprese despreso despulpes despulsa
    despulse despulses despulso despumas despumeis despumen despumes despuntes despunto desquita destacada destacado
    destacaron destajada destajado destajas destajos destalla destallas destalle destalleis destallen destalles
    destallo destapada destapado destarada destarado destaras destazada destazado destecharon destellas destelle
    destelles destraba destrame destrucciones destupes destupido destuses desucado desuda desude desuelan desueldan
    desueldo desuellan desuello desuncia desunido desuques desusare desvaharon desvaido desvenabas desvenadas
    desvenalas desvenaras desvencijas desvendabas desvendadas desvendaras desventa desventaba desventabais
    desventaban desventabas desventada desventadas desventados desventais desventaja desventajosa desventajosas
    desventajoso desventamos desventara desventarais desventaran desventaras desventares desventarias desventas
    desventases desvento desventuras desviado desviento desvista desvolvieron desvuelta desvuelto desvueltos
    desvuelva desvuelvan desvuelvas desvuelve desvuelven desvuelvo deszumen deszumes detalla detallad detallais
    detallale detallales detallame detallan detallaos detallar detallare detallares detallas detallase detallases
    detallate detalleis detallemos detallen detallense detallese detallo deteccion detecciones detecto detector
    detencion detendra detendran detengas detenles deterjas detienen detraccion detrae detraeis detraes detraias
    deturpas deudas deudo devalo devaluad devaluan devaluar devaluas devaluen devalues devanada devastare devengue
    devenida devisar devocion devoluciones devolvieron devuelta devueltas devueltos devuelva devuelvala devuelvalo
    devuelvame devuelvanla devuelvanlo devuelvanos devuelvanse devuelvas devuelvase devuelve devuelvelo devuelveme
    devuelven devuelves dextro dezmando dezmaron diado dibujado dicciones dicelo dicha diciendo dicta dicten dictes
    dieces dielectrica dielectrico dienta diera diese dieseles diesen dieses diestras dietad dietan dietar dietaras
    dietaron dietas diete dieto diferenciaba diferenciaban diferenciabas diferenciad diferenciada diferenciadas
    diferenciado diferenciados diferenciais diferencial diferenciala diferencialas diferenciale diferenciales
    diferencialo diferencialos diferenciame diferenciamos diferenciando diferencianos diferenciaos diferenciar
    diferenciara diferenciaran diferenciaras diferenciare diferenciaren diferenciares diferenciaron diferenciaros
    diferenciarse diferenciase diferenciasen diferenciases diferenciaste diferenciate diferencie diferencieis
    diferenciela diferencielas diferencien diferencies diferenciese diferencio difidencia difidencias difluencia
    difluencias difraccion digamelo diganles digerian digitado dignifica dignificad dignifican dignificar dignificas
    dignifico digno dijes dilas dilatado dileccion dilecciones diles dilucion dimanada dimela dimelos dimen dimes
    dimidiado dimiendo dimieron dimilo dimimelo dimiselo dimitido dinamelo dinarian dinde dinen dines dinteles
    diputaba diputad diputada diputadas diputador diputadora diputados diputais diputamos diputando diputara
    diputare diputaron diputase diques direccional direcciones directivas directivos directos dirian dirigido
    dirimelo dirimido discando disconforme diseccion disecciona diseccione disecciono disector diselo disenador
    disename disenenme disidida disidido disididos disiparlos disociacion disolucion disolvieron disponedle
    disponedles disponele disponeles disponerle disponerles dispongale dispongales disponle disponles dispuestos
    disputad disputada disputadlo disputado disputador disputados disputalo disputando disputes disque dista
    distados distales distamos distaria disto distocia distribuid distribuida distribuidas distribuidla distribuidle
    distribuidles distribuidlo distribuidlos distribuidme distribuidnos distribuido distribuidora distribuidoras
    distribuidos distribuilo distribuilos distribuimos distribuinos distribuios distribuir distribuiros disuelto
    disuelvan disuelvanme disuelvo divergencia divergencias diversidad diversion divertir dividelo dividendo
    dividian dividias dividid dividida divididas divididero divididla divididle divididlo divididlos divididme
    divididnos divididos dividiendo dividila dividile dividilo dividilos dividime dividimos dividinos dividio
    dividios dividira dividire dividirlo dividiros dividite dividivi divinado divinizo divisado divisivo dixes
    dizque dobla doblajes doblales doblamos doblando doblar doblaras doblareis doblaren doblares doblarles doblaron
    doblaros doblarse doblases doblen dobles doblez doblo docencia doces doche docientos docto doctora doctorad
    doctoral doctoran doctorar doctoras doctore doctoren doctores doctoro doctos documenta documentad documentados
    documentais documental documentalos documentamos documentan documentanos documentaos documentar documentaros
    documentas documentase documente documenteis documentelos documentemos documenten documentes documentese
    documento dogaresa doladores dolames doler dolereis dolerian dolerles doliendo doliente dolieres dolmanes
    dolobres dolora dolores dolos doman domar domareis domares domarian domarias domarles domas domelo domen
    domenaos domenlos domeno domicilia domiciliad domiciliado domicilialo domicilian domiciliaos domiciliar
    domicilias domicilie domicilielo domicilien domicilies domicilios domina dominado dominados dominais dominalo
    dominalos dominamos dominanos dominaos dominaros domine domineis dominelo dominelos dominemos dominga domingodo
    dominica dominico dominicos dominio dominios dominos donaires donar donareis donares donarian donarles donatista
    doneares donee dopar dopareis dopares doparian dorar dorareis dorares dorarian dorarias dorarles dorarlos
    dorarnos dorminos dotadles dotar dotareis dotares dotarian dotarles dovela dovelais dovelares dovelas dovelase
    dovio dragaron dragones drenaran drenaron dreno drogares drogarla drogarlo drosera droseras dubitacion ducado
    duces duchenos ducho ductor dudaremos dudarian dudenlos dudennos dudenos duela duelen dueles duelo duelos duena
    duenas duendo duendos duerno duernos duero dueto duetos dular dulares duodenos duplicacion duplicada duplicado
    duplicaron duque duracion durarian ebriedad echaseis eclectica eclectico ecologia ecologica ecologico economato
    economia economias economicas economice economicen economices economicos economista economiza economizad
    economizan economizar economizas economizo ecotados ecuaciones ecuantes ediciones editados editamos edrarian
    edres educacional educaciones educad educada educadas educadla educadle educadlo educadlos educadme educadnos
    educador educadora educados educalo educalos educamos educanda educando educandos educanos educarian educarlo
    educaron educaros educido educidos efectismo efectiva efectivas efectivos efecto eferente eidetica ejecuciones
    ejecutaba ejecutada ejecutado ejecutala ejecutalo ejecutara ejecutela ejecutelo ejecutivas ejecutivos ejecutora
    ejercera elata eleatica eleatico eleccion electiva electivo electivos electricas electrice electricen electrices
    electricistas electricos electrifica electrifico electriza electrizad electrizan electrizar electrizas electrizo
    electrodo electrones electronica electronico elevaciones elevadora elevan elevando elevar elevaran elevaren
    elevaron elevaros elevo elidiendo elijo elitros elocuciones elota emana emanada emanadas emanaron embajada
    embalada embancada embarazo embarcas embarco embarcos embardo embarga embargad embargada embargado embargalo
    embargan embargaos embargar embargas embargos embargue embarrio embarro embazada embicados embolsas embonada
    embrago embregar embridas emitamos emitieron empacaba empacada empacadas empacadla empacado empacala empacara
    empachada empacharon empadrada empajaba empajada empajadas empajado empajara empalaba empalada empaladas
    empaladla empalado empalaga empalala empalara empalmada empampada empanaba empanaban empanabas empanad empanadas
    empanadla empanadlas empanadle empanadlo empanadme empanado empanados empanadura empanais empanala empanalas
    empanale empanalo empaname empanando empanaos empanara empanaran empanaras empanare empanaria empanarla
    empanaron empanase empanate empanda empandaba empandad empandada empandadas empandado empandan empandar
    empandara empandas empanela empaneta empanetada empanica empanicada empanico empaniza empanizada empantana
    empanzaba empanzad empanzada empanzadas empanzado empanzara empapaba empapada empapadas empapadla empapado
    empapala empapara empapeles empaquete emparama emparame empardada empareda emparrada emparvada empastada
    empataba empatada empatadas empatadla empatado empatala empatara empavonada empedrando empegada empegando
    empelada empelando empelo empelota empenaba empenada empenadas empenadla empenado empenala empename empenando
    empenara empenenme empentada empeoran empeorando emperador empernada empernado empernan empernando empero
    emperran emperrando empezada empezando empicada empilada empinaba empinada empinadas empinadla empinado empinala
    empinara empipada emplatada emplazada emplea empleada empleado emplealo empleanos empleaos emplee empleelo
    empleos empopada emporcada emporcado empotrada empotrado empozada emprando emprenada emprenda emprender
    empuestas empujada empunaba empunada empunadas empunadla empunado empunala empunara empuntada emulacion emulares
    enaceite enaguado enaguaron enajename enancado enancaron enanche enanchen enanches enanzado enanzaron enarcada
    enarcado enarenar enastaba enastado enastados enastamos encabada encabado encabaron encabriada encabriado
    encabriar encabrio encachada encachado encachar encadada encadado encadaron encajada encajado encajaron encalada
    encalado encalaron encalcada encalcado encalcar encallada encallado encallar encalmada encalmado encalmar
    encalvar encalzar encamada encamado encamara encamaron encamino encamota encana encanaba encanada encanado
    encanados encanala encanalo encanama encaname encanamo encanando encanara encanaran encanaren encanaron
    encanasta encanija encaniza encanona encantaba encantad encantada encantado encantais encantala encantale
    encantalo encantame encantan encantaos encantar encantara encantare encantaro encantaron encantas encantase
    encantate encante encanten encantes encanto encantos encantusa encanuta encanutad encanutan encanutar encanutas
    encanute encanuto encapada encapado encaparon encapota encaraba encarada encaradas encaradla encaradlo encarado
    encarados encarala encaralo encarama encaramada encaramado encaramar encaramo encarando encaraos encarar
    encarara encarare encararon encarelo encarga encargaba encargaban encargabas encargad encargadas encargadla
    encargadlas encargadle encargadlo encargadlos encargadme encargadnos encargados encargais encargala encargalas
    encargale encargalo encargalos encargame encargamos encargan encargando encarganos encargaos encargara
    encargaran encargaras encargare encargaren encargares encargaria encargarla encargarle encargarlo encargarme
    encargaron encargaros encargarse encargarte encargas encargase encargate encargos encargue encarinada encarinado
    encarinar encarino encarnaba encarnad encarnada encarnadas encarnadla encarnadlo encarnado encarnados encarnala
    encarnalo encarnan encarnando encarnar encarnara encarnare encarnaron encarnas encarno encaro encarta encartaba
    encartad encartada encartadas encartado encartados encartan encartando encartar encartara encartare encartas
    encarto encasada encasado encasaron encascada encascado encascar encasta encastad encastada encastado encastan
    encastar encastas encastra encauche encausada encausado encausar encauzada encauzado encauzar encavada encavado
    encavaron encelame encelaron encendame encendida encendido encendro encenta encentad encentan encentar encentas
    encentra encentre encentro encerada encerado encerame encerando encerenme encernada encernado encerrada
    encerrado encerramos encerrar encharcada encharcado encharcar encharco encienda enciende encienden enciendes
    enciendo encierra encierran encinta encintad encintan encintar encintas encobran encobrar encobraron encogeria
    encogerian encogida encogido encogidos encogiendo encomienda encomiendan encomiendas enconado enconame enconaron
    enconche enconenme encontra encontras encontro encorada encorado encordada encordado encordamos encordar
    encornada encornado encorrea encorreo encortar encorvada encorvado encorvar encrasada encrasado encrasar
    encripto encristales encuadrada encuadrar encuadremos encuarta encuartada encuartado encuartar encuarto encubren
    encuentra encuentran encuentras encuentre encuentren encuentres encuentros encuerdo encuesta encuestan encuesto
    encuevas encunado encunaron encurdada encurdado encurdar endenado endenare endenaron endenase endiente endiento
    endinado endiname endinaron endomingo endonado endonaron endrezar endrogar endurada endurado enejaron enervada
    enervame enfadado enfadaron enfaenado enfajado enfajaron enfangada enfangado enfangar enfangaron enfardada
    enfardado enfardar enfermaba enfermad enfermada enfermado enfermais enfermala enfermale enfermalo enfermame
    enferman enfermaos enfermar enfermara enfermare enfermas enfermase enfermate enferme enfermen enfermera
    enfermero enfermes enfermiza enfermizo enfermos enfiesta enfraila enfrenar enfrente enfriaba enfriad enfriada
    enfriado enfriais enfriala enfriale enfrialo enfriame enfrian enfriaos enfriar enfriara enfriare enfrias
    enfriase enfriate enfrie enfriela enfrio enfunado enfunaron enfunche enfuria enfuriad enfurian enfuriar enfurias
    enfurtia engafada engafado engafados engafando engafaran engafaren engafaron engaitado engaitaron engalanado
    engalanaron engalano engalgada engalgado engalgar engalgaron engaliado engaliaron engallado engallaron enganaba
    enganaban enganad enganada enganadas enganadla enganadle enganadlo enganadlos enganadme enganadnos enganador
    enganadora enganados enganais enganala enganale enganalo enganalos enganame enganamos enganando engananos
    enganaos enganara enganaran enganaras enganare enganaren enganares enganaria enganarian enganarla enganarle
    enganarlo enganarlos enganarme enganarnos enganaros enganarse enganarte enganase enganasen enganate engancha
    enganchad enganchado enganchale enganchame enganchan enganchar enganchare engancharon enganchas enganchase
    enganchate engancheis enganchela enganchelo enganchen enganches engancho enganelo enganeme enganenme enganese
    enganoso engarbada engarbado engarbar engarbaron engarmada engarmado engarmar engarmaron engarrada engarrado
    engarrar engarraron engarzada engarzado engarzar engarzaron engasgada engasgado engasgar engasgaron engastado
    engastaron engatada engatado engatados engatando engataran engataren engataron engaviado engavian engaviaron
    engazada engazado engazador engazados engazando engazaran engazaren engazaron engibado engibaron englandado
    englantado engolado engolaron engomado engomaron engonzado engonzaron engorada engorado engoraron engoznado
    engoznaron engranad engranada engranado engranados engranando engranaran engranaren engranaron engranda
    engrandado engrandaron engrando engrapado engraparon engrasado engrasaron engredar engreios engria engrunado
    engrunaron enguanta enguantado enguantaron enguatado enguataron enhenado enhenare enhenaron enhenase enhetrar
    enjardada enjardado enjardar enjergada enjergado enjergar enjugador enjuguemos enlamado enlamaron enlanada
    enlanado enlanados enlancha enlanche enlanchen enlanches enlancho enlardada enlardado enlardar enlatado
    enlataron enlazado enlazaron enlegame enlience enllanta enllantas enmangada enmangado enmangar enmangaron
    enmanta enmantad enmantado enmantan enmantar enmantaron enmantas enmarada enmarado enmararon enmarcada enmarcado
    enmarcar enmarcas enmatado enmataron enmendame enmendenme enmienda enmiende enmienden enmiendes enmiendo
    enmonado enmonaron enojelas enrabado enrabaron enrafada enrafado enrafaron enramado enramaron enrancie enrasado
    enrasaron enrayado enrayaron enrayo enrazado enrazaron enrecien enredame enria enriados enrian enrodado enronado
    enronaron enrunado enrunaron ensacado ensacame ensacaron ensaco ensanada ensanadlo ensanadme ensanado ensanados
    ensanale ensanalo ensaname ensanando ensanaran ensanare ensanaren ensanarme ensanaron ensanaros ensanase
    ensanate ensancha ensanche ensanchen ensanches ensancho ensaneme ensanenme ensanense ensano ensartada ensartado
    ensartar ensay ensaya ensayado ensayalo ensayame ensayaos ensayaron ensaye ensayos ensebare ensebase ensenaba
    ensenada ensenadle ensenadme ensenado ensenais ensenala ensenale ensenales ensenalo ensenamela ensenamelo
    ensenamos ensenaos ensenara ensenare ensenaren ensenares ensenarle ensenarme ensenaron ensenarse ensenarte
    ensenase ensenasen ensenases ensenaste ensenate ensenele enseneme ensenenle ensenenles ensenenos ensenense
    ensenese enserada enserando enserare enserase enserene ensobres ensolvieron ensonado ensonare ensonaron ensonase
    ensordes ensotaba ensotado ensotados ensotamos entablero entada entado entados entalega entalegar entalego
    entalles entamada entamado entamaron entandado entandaron entandas entaruga entarugada entarugado entarugar
    entarugo entecada entejada entelada entendame entende entended entender entendes entendia entendida entendidas
    entendido entendieron entengas enteraba enterada enteradas enteradla enterado enterala enterame enterando
    enterar enterara enterare enterases entercada entercar entere entereis enterela enterelo enteren enterenme
    enteres enterese entereza enterrada enterrar entesada entestan entibada entidades entienda entiendame entiendan
    entiendas entiendase entiendela entiendele entiendelo entiendeme entienden entiendes entiendete entiendo
    entierre entiesar entilada entinada entinado entinaron entisada entizada entolada entonada entonado entoname
    entonaron entonenme entongar entorcada entorcar entornada entornar entornen entortada entortar entra entraba
    entrabad entrabada entraban entrabar entrabas entraben entrad entradas entradla entradlas entradle entradlo
    entradme entrado entrador entradora entrados entrala entralas entrama entramad entramada entraman entramar
    entramas entramen entramos entrampa entran entrana entranad entranada entranado entranan entranar entranaron
    entranas entrando entranen entrante entrapa entrapad entrapada entrapan entrapar entrapas entrapen entrara
    entraran entraras entrare entraren entrares entraria entrarla entrarle entrarlo entrarme entraron entraros
    entrarse entrarte entras entrasen entrecinta entrediga entredigo entredos entregaba entregad entregada entregado
    entregador entregais entregala entregale entregalo entregame entregan entregaos entregara entregaran entregaras
    entregare entregaren entregares entregaria entregarla entregarle entregarlo entregarme entregaron entregaros
    entregarse entregarte entregas entregase entregate entregue entremos entrena entrenad entrenada entrename
    entrenan entrenar entrenara entrenare entrenas entrenca entrencar entrence entrenco entrene entrenen entrenes
    entreno entrense entrenza entrenzar entrenzo entreoia entreoiga entreoigo entreoir entreoiste entreoyo entres
    entreten entreva entrevad entrevada entrevan entrevar entrevara entrevare entrevas entrevaste entrevea entreven
    entreveo entrever entreviera entreviga entrevigar entrevigo entrevio entrevistaba entrevistad entrevistada
    entrevistado entrevistais entrevistala entrevistale entrevistalo entrevistame entrevistan entrevistaos
    entrevistar entrevistara entrevistare entrevistas entrevistase entrevistate entreviste entrevisten entrevistes
    entrevisto entrevistos entrevo entricar entricen entriega entriegas entrillas entripada entrizada entrizar entro
    entrojada entrojar entrojen entronada entronar entronen entruejo entrujada entrujar entrujen entubada entunada
    entunado entunaron enturaba enturada enturadas enturado enturar enturara enturare enture enturen enumeraos
    enumeras enumeres enumero enuncia enunciad enuncian enunciar enuncias enuncio envacado envacaron envainado
    envainan envainaron envarada envarado envararon envasado envasaron envenename envenene envera enverada enverando
    enverdir envergada envergado envergar envestir envia enviaban enviad enviados envialos enviamos enviando
    envianos enviaos enviar enviaran enviaren enviaron enviaros envias enviasen envician envidan envidian enviejan
    envielos enviemos envien envienle envienme envienos enviense envies envigan envina envinado envinan envinaron
    envio envion enviones envirada enviran enviscan envistan enviudan envuelta envuelto envuelvan envuelvanme
    envuelvo enyesame enzainado enzainaron enzarzada enzarzado enzarzar enzunche eones equina equipamientos
    equisetos eraramos ereccion erecciones ergonomica ergonomico erguilas erguimos erijo erizados errado erramos
    eructado erupcion erutados erutamos erutaron esbarada esbarado esbarando esbardos escacada escacado escacharon
    escaecio escalada escalado escalfada escalfado escalmos escamada escamado escamara escamosa escamoso escanada
    escanado escanaron escancio escandid escandida escandidlo escandido escandidos escandilo escandio escantar
    escapada escapado escapela escarbada escarbado escarbar escardada escardado escardar escareada escareado
    escarear escariada escariado escariar escarice escarizo escarnar escarpada escarpado escarpar escarzada
    escarzado escarzar escas escavada escavado escindid escindida escindido escindidos escindio esclafada esclafado
    escobado escobedo escobino escobizo escocado escocela escocida escocido escocidos escodado escofino escogedlo
    escogedor escogela escogelo escogeria escogerian escogian escogias escogida escogidas escogidos escogiendo
    escogimos escogio escolado escoliado escomado escomida escomido escomidos esconded escondedlo escondelo esconden
    escondia escondian escondias escondida escondidas escondidijo escondidos escondiendo escondimos escondio
    escondite escondrijo esconzado escorado escorando escordio escore escoriado escosado escotaba escotado escotados
    escotamos escozado escriba escribame escriban escribana escribanas escribanil escribano escribanos escribanse
    escribas escribase escribele escribeles escribemela escribemelo escriben escribes escribi escribia escribid
    escribidme escribiere escribiese escribile escribilo escribime escribio escribios escribir escribire escribirme
    escribis escribite escrita escritas escritor escritora escritos escrituro escroto escrotos escrutas escrutela
    escruto escuadrada escuadrar escuadremos escuchela escudala escudela escudelas escudella escudelo escudenla
    escudera escuecela escuelan escuelas escuele escuelen escueles escuelo escueta escuetas escueza escuezala
    escuezan escuezas esculla escullad escullan escullar escullas escullia escupido escupila escurando escureta
    escuretas escurrela esfogado esfumina esguilas esmerado esmeran esmerando esmereme esmerenme esmerense esmero
    esmuimos esnifada esnifado espabilo espacia espaciad espaciado espacial espacian espaciar espaciaron espacias
    espacie espacien espacies espacios espaciosa espacioso espadada espadado espadando espadaos espadero espado
    espalada espalado espalando espantada esparcia esparcid esparcido esparcilo esparcio esparcios esparcir esparcis
    espartada espartan espartando espartes esparvan esparvando esparzan espasmos espectro espejado espejados
    espejais espejamos espejan espejando espejaran espejas espejase espejean espejeando espejeas espejees espejeis
    espejemos espejero espejeros espejes espejo espelota espera esperaba esperaban esperad esperada esperadlo
    esperadme esperadnos esperado esperados esperais esperala esperale esperalo esperame esperance esperandola
    esperandole esperandolo esperandome esperandoos esperandose esperandote esperanos esperanto esperantos esperanza
    esperanzado esperanzo esperaos esperar esperara esperaran esperare esperaren esperarlo esperarme esperaron
    esperas esperase esperasen esperate espere esperece esperelo espereme esperen esperenla esperenlo esperenos
    esperense esperese esperezan esperezando esperezo espermas espernada espernanco esperrian esperriando esperrio
    espesado espesan espesando espesaos espesaran espeso espesos espetaba espetado espetados espetamos espetan
    espetando espetaos espetaran espeteme espetenme espeto espetos espiados espiamos espiando espiaran espicharon
    espielos espiemos espienme espienos espigando espiguen espinada espinando espirado espiran espirando espirito
    espiro espitaba espitado espitados espitamos espitando espondeo espondilo esponjen esposando espuela espuelas
    espuertas espumando espumero espurran esputaba esputado esputados esputamos esputando esquejar esquela esquelas
    esquia esquiaba esquiada esquian esquiara esquicia esquifa esquifad esquifan esquifar esquifas esquila esquilad
    esquilan esquilar esquilas esquilma esquimal esquinaba esquinad esquinada esquinado esquinais esquinan esquinar
    esquinara esquinare esquinas esquinase esquinazo esquince esquinco esquine esquinela esquinen esquinera esquines
    esquino esquinza esquinzad esquinzan esquinzar esquinzas esquinzo esquirla esquisar esquita esquitad esquitan
    esquitar esquitas esquiva esquivad esquivan esquivar esquivas estabais estabamos estaban estabas establea
    establos estabula estaca estacaba estacada estacadas estacado estacados estacamos estacando estacara estacazo
    estacion estacionamientos estaco estad estada estadas estadero estaderos estadias estadio estadios estadizo
    estadizos estadojo estadojos estafa estafaba estafaban estafabas estafad estafadas estafadla estafadlas
    estafadle estafadlo estafadlos estafadme estafadnos estafador estafadora estafados estafais estafala estafalas
    estafale estafalo estafalos estafame estafamos estafando estafanos estafaos estafara estafaran estafaras
    estafare estafaria estafarla estafarlo estafaron estafaros estafase estafate estafemos estafeta estafo estais
    estala estallada estallado estallas estalles estambra estampada estampado estampaos estampas estampes estana
    estanaba estanada estanadas estanado estanados estanamos estanando estanara estanaron estancada estancado
    estancos estando estandoos estane estanemos estano estanos estaos estar estara estarcio estaremos estarlos
    estarnos estaros estatuada estatuado estatuas estatues estatuis estatus estay esteba estebaba estebada estebado
    estebados estebamos estebando estemos estepero ester esteraba esterada esterado esterados esteramos esteran
    esterando estero estertor estes estevada estevado estevados estezaba estezada estezado estezados estezamos
    estezando estiba estibaba estibada estibado estibados estibamos estilaba estilada estilado estilados estilamos
    estimaba estimada estimado estimados estimamos estimaos estiraba estirada estirado estirados estiramos estirando
    estirelas estirenlas estirenme estivada estocada estofaba estofada estofadas estofado estofador estofados
    estofamos estofando estofara estolido estomatica estomaticas estomatico estomaticos estopada estordido estos
    estovaba estovada estovado estovados estovamos estozaba estozada estozado estozados estozamos estrada estradas
    estrado estrados estragada estragado estragar estragos estratos estrechas estrega estregad estregan estregar
    estregara estregare estregas estrego estrella estrellaba estrellabas estrellad estrellada estrelladas estrellado
    estrellados estrellais estrellala estrellalas estrellale estrellales estrellalo estrellalos estrellame
    estrellamos estrellan estrellanos estrellaos estrellar estrellara estrellaras estrellare estrellares estrellaros
    estrellarse estrellase estrellasen estrellases estrellaste estrellate estrelle estrelleis estrellen estrelleras
    estrelles estrello estrenalas estrenar estrenas estrenias estrenuas estresar estresas estriaba estriada estriado
    estriados estriamos estribe estriben estribes estribo estribor estribos estricto estriega estriego estrillar
    estucaba estucada estucado estucados estucamos estudios estufaba estufada estufadas estufado estufador estufados
    estufamos estufando estufara estufido esturaba esturada esturado esturados esturamos esturando esvarada esvarado
    esvarando etiologia etologia eusquera evacuacion evacuaciones evacuan evacuante evacuela evadiendo evadieron
    evalua evaluaba evaluaban evaluad evaluada evaluado evaluais evaluala evaluale evalualo evaluame evaluando
    evaluanos evaluaos evaluar evaluara evaluaran evaluare evaluaren evaluaron evaluas evaluase evaluasen evaluate
    evaluen evaluo evanecieron evanecio evaneciste evaporan evapores evasores evitados evitamos evocacion
    evocaciones evolucion evoluciona evolucione evoluciono exaccion exacciones exacta exactos exalto examenes
    examinen exasperan exasperando exasperenme exaspero excedente excedentes excederte excedete excedida excelentes
    excepcionado exclamen excluido excogito excremente excretas exencion exenciones exige exigencia exigi exigio
    exiguo exija eximen eximo existamos existencial existencias exito exjugador exoras expandida expedida expedido
    expelerte expelete expendia expendida expendidas expendido expidiendo expirando explanada explicacion exponerla
    exponerlo exportada exportado exposicion expuesto expuestos exquisitos extendala extended extendedla extendela
    extender extendera extendia extendian extendias extendidas extendido extendidos extendiera extendieron extendio
    extensiva extensor extenuada exteriores externas externos extienda extiende extienden extiendes extiendo
    extirpas extornas extra extraccion extracto extrada extradan extradas extrades extradia extradida extradis
    extrae extraeis extraeos extraes extraias extraida extranas extranes extranos extremar extremas extremista
    extrudas extrudida exudacion fabla fablar fabricaba fabricad fabricada fabricado fabricais fabricala fabricale
    fabricalo fabricame fabrican fabricaos fabricar fabricara fabricare fabricas fabricase fabricate fabrico
    fabulamos fabulando facciones facha facilita factora factoras factoria facturaba facturad facturada facturado
    facturais facturala facturale facturalo facturame facturan facturaos facturar facturara facturare facturas
    facturase facturate facture facturela facturen factures facturo faenaron fagos fajale fajar fajarme fajen falca
    falco falda faldudos falencia fallad fallamos fallan fallando fallar fallas falle fallo falos falsad falsan
    falsar falsario falsas false falsea falseo falsia falsos faltad faltan faltar faltas falte falto famailla
    famelica familiar familias fanal fanaron fardados fardan farde fardes farro farros farsa fasta fatas fatos
    favorita fechad fechados fechan fechar fechas feche fecho feliu felix felpados felparan femarian fenicado
    fenicados feria feriabas feriad feriada feriadas feriales feriamos feriando feriandose feriaras feriares
    feriaron feriases ferie feriemos ferio fermenta fermente fernando ferradas ferrado ferrador ferrados ferramos
    ferrando ferremos ferrificado festa festas festejos festones fetal fetos feuda feudados feudamos feudaron fiada
    fiadlo fiadora fiadoras fiadores fiados fialas fialo fiando fibra fibrilas fibrinas ficciones ficen fices fichad
    fichan fichar fichas fiche ficho fidas fideo fideos fiebres fielas fienos fiera fierra fierran fierre fiestas
    fiestera fijado fijador fijadora fijantes fijas filad filado filais filan filar filase files filfas filiados
    filias filmadlo filmado filmador filmados filmando filmar filmas filologia filos finad finado finalice finan
    financia financiaba financiaban financiad financiada financiadas financiadla financiadle financiadlo
    financiadlos financiadme financiadnos financiador financiadora financiados financiais financiala financiale
    financialo financialos financiame financiamientos financiamos financiando financianos financiaos financiara
    financiaran financiaras financiare financiaren financiares financiaria financiarla financiarle financiarlo
    financiarme financiaron financiaros financiarse financiarte financias financiase financiasen financiate financie
    financielo financien financiera financiero financies financio finar finarian finas fincha fines fingen finges
    fingi fingieron fingiles fintares finte finteares fique firma firmad firmada firmadas firmadla firmadle firmadlo
    firmadlos firmadme firmadnos firmados firmalo firmalos firmamos firman firmando firmanos firmara firmaran
    firmaras firmare firmaren firmares firmaria firmarla firmarle firmarlo firmarme firmaron firmaros firmarse
    firmarte firmas firmat fisgador fisicas fisico fitos fizado fizas flaca flama flaqueada flaqueado flaquearon
    flecha flejando flejaron fletando fletaron floqueada floqueadas floqueado floqueados flotaria focal focha focos
    fofos foliados foliares foliaron folla follares follaron follo fonos fontanas foque forigado forigados forjados
    formacion formadla formadlo formado formador formados formala formalas formando formar formarian formarla
    formativo formulaba formulad formulada formulado formulais formulala formulale formulalo formulame formulan
    formulaos formular formulara formulare formulas formulase formulate formule formulen formules formulo fornecer
    foros forrados forramos forraron fortificado forzados fosarian fosos foton fotones fraccion fracciona fraccione
    fracciones fracciono fractura fracturad fracturan fracturar fracturas fracture fracturo fradaron frade frado
    francas francesa francesas francesc franceses francisca franciscano franciscas franciscos francos francotes
    franges franjeis franjes fregador fregados fregalas fregando freganos fregaran fregotear freiamos freidnos
    freinos freios freirnos freite frenados frenalos frenamos frenanos frenaos frenaran frenaros frenarte frenas
    frenaste frenate frene frenemos frenes freno frentero frentes freos fresador fresados fresaran freseras fresnos
    fretados fretaran fretaron frete frezador frezados frezaran fricacion fricados friccion frisador frisados
    fritados fritaron fronte frotarla frotarlo frotaron frotenos fruido frunces frutaron fuego fuente fueramos
    fueran fueras fuerce fuere fuero fuertes fuerza fuerzate fugar fuguemos fulera fules fulla fumarian funcion
    funcionaba funcionaban funcionad funcionada funcionado funcionais funcional funcionando funcionar funcionara
    funcionaran funcionare funcionaren funcionaron funcionas funcionase funcionasen funcione funcionen funciones
    funciono fundamos fundaron fundicion fundiciones fundiendo fundieron funes funge funicados furiente fusada
    fusadas fusado fusados fusca fuscar fusco fusionan fusta futboles gabon gacetero gafaron gagos gaita galan
    galantea galantes galardon galeon galeones galga galgueen galio galla gallamos gallando gallaron galle galletero
    gallon galoc galos galpon gamas gambia gambitos gamos ganadora ganancia ganaran ganaren ganarian ganarlos
    ganarnos ganaros ganeron gangas gania gansa gansada gansadas ganseada ganseado gansearon gante ganzuaron
    garantes garanti garantiais garantian garantias garantice garantid garantida garantidas garantido garantiera
    garantio garantir garantira garantiran garantiras garantire garantiria garantis garantiza garantizad garantizan
    garantizar garantizas garantizo garbados garbaria garbaron garbearia garcias garganta gargantea garita garito
    garlamos garlando garlaron garramen garramos garraron garridos garro garrones garuaron gasas gasea gasearia
    gasearon gasolinas gasolinera gastad gastados gastamos gastan gastar gastaria gastarian gastarias gastarla
    gastarme gastaron gastas gaste gasto gatearia gatearon gayaron gaznaran gaznaren gaznaron gemas gendarme geneal
    generada genetista geniales genil genital gentes geologia gerenta gerentas gerentes gesta gestaba gestaban
    gestabas gestadas gestadlo gestadlos gestadnos gestado gestados gestalos gestamos gestan gestando gestanos
    gestaria gestarian gestarias gestarla gestaros gestas geste gesteaba gesteado gesteados gesteamos gestearia
    gestemos gesten gesto gibao gigantas gigante gigantea giganteas giganteo giganteos gigantesca gigantesco
    giganton gigantones gilas giles gimas gimiendo gimieron gines girantes girarias gironera gironero gitanees glase
    glases globalizacion glose glotones goberno gobierna gobiernan gobiernas gobierne gobiernen gobiernes gobiernos
    godas godos gofraron golas goleares golearon golee gollo golpea golpee golpeo golpes gomar gomer gordales
    gormarian gormas gorrea gorreo gotas gotearia goyas gozarian gozas grababan grabados grabaran grabaren grabarla
    grabarlo grabaron grabasen gracejas graciada graciadas graciado graciados graciana gracianas graciano gracianos
    gracietas graciles graciosa graciosas gracioso gradaren gradaron gradasen grade gradecer grafias graficas
    grafico graficos gramaren gramaron gramasen granaran granaren granaron granasen granearon granices granizas
    graparan graparen graparon grapasen grape grasera graseras grasero graseros grasientos gratan grataran grataren
    grataria grataron gratasen gratinas grato gravaban gravadme gravales gravame gravamela gravamelo gravamenes
    gravamos gravaran gravaren gravares gravarme gravaron gravasen gravases gravidas gravitas graviten graznaron
    grecicen grecizas grife gripa gripes grisales griseara gritales gritaria gritaron grite groarias grosella
    groseras groseria groserias groseros grosura grosuras gruido guadua guaduas guadunas gualon guameros guamunas
    guanga guanta guanteas guapuras guardada guardemos guarecen guarecio guarrada guaruras guasearia guata guato
    guatusas guayaria guayaron gueldo guera guero gueto guido guien guienles guinaria guinaron guiparia guipe
    guisadas guisados guisantes guisaria guita guitaria guitarian guitarias guitarra guito gules gustad gustadas
    gustadla gustados gustamos gustan gustando gustar gustara gustarais gustaran gustaras gustareis gustaren
    gustares gustariais gustarian gustarias gustarla gustarlas gustarle gustarlo gustarme gustaron gustaros gustarse
    gustarte gustas gustativa guste gusteles gustos habado habados habar habiamos habichuela habiendo habientes
    habilitantes habitables habitadles habitales habitame habitamos habitando habitanos habitante habitares
    habitarles habitarte habitases habitaste habitasteis habitate habitats habitenles habituelas habla hablabamos
    hablabas hablad habladas habladle habladlo habladlos habladme habladnos hablado hablador hablados hablalas
    hablale hablales hablalos hablamela hablamelo hablamelos hablan hablandola hablandole hablandolo hablandome
    hablandoos hablandose hablandote hablanos hablante hablantes hablaos hablara hablaramos hablaran hablaras
    hablare hablaremos hablaren hablares hablaria hablarla hablarle hablarlo hablarlos hablarme hablarnos hablaron
    hablaros hablarse hablarte hablas hablase hablasemos hablasen hablases hablaste hablate hable hablemos habre
    habremos habriamos hacendar hacer hachamos hachando hachear hacheara hacheare hachuelas haciamos hacienda
    haciende hacienden haciendo hadadora hadarios hadron hadrones hagala hagales hagalo hagame haganle haganles
    hagase halagale halamos halando halar haldudos halen halla halladme hallados hallalos hallame hallamos hallando
    hallanos hallar hallarme hallaros halle hallemos hallo hanga harba harbados harbamos harbando harbaria harbo
    harca harcas haria hariamos harian harma harpa hartad hartados hartamos hartan hartando hartar hartaron hartas
    harte hartes hartos hastia hateamos hateando hatearia hateria haterias havar hazle hazlo hazte hebrudas hebrudos
    hecha hecho hector hedes hedia hedido hediendo hedieron hemos hendedor hendedora hendedoras hendedura hender
    henderan hendes hendida hendidas hendido hendidos hendiendo hendieran hendieren hendieron hendimiento
    hendimientos hendio hendiran henos herbados herbajan herbajar herbamos herbario herbarios heria heriamos
    hermanda herniado herniados herrado herrador herrados herramos herrando herremos hervamos herventa hervente
    hesitaba hesitado hesitados hesitamos hespamos hesperio hespido hespidos hespieran hespiran hibernes hibierno
    hicieran hicieras hicieren hicieres hiciesen hidricas hidricos hiendo hierra hierran higueron hilas hiles
    hinchieron hines hinteros hipermercado hiriendo hirieran hirieren hirieron hirmado hirmados hirmando hirmar
    hirvieron hispidas hispidos hispieron hispiria histeria histerias histerica historiaba historiad historiada
    historiadla historiadle historiadlo historiado historiais historiala historialas historiale historiales
    historialo historialos historiame historian historiaos historiar historiara historiare historiarla historiarle
    historiarlo historias historiase historiate historica historicas historico historie historiela historiele
    historielo historien histories historieta historio hitad holeares holearon holgaran holgaren holgares holgaron
    holistica hollamos hollando hollares hollaron hollo hombre homicidio homicillo honestan honorario honorarios
    honoraron honraria honrarias honrarlo honrarlos honrarnos honraron honraros hontanas hoparian hoparias hoque
    horacio horadaos horaria horarias hordiates horoscopos horrados horramos horraria horrarias horraron horreo
    horribles horridas horrido horridos horripile hospitales hospitalet hosteria hotos hozarian hozarias huaso
    huasta hubieren hubieron hucho hueco huela huele huelo huera huero huertas huerto huesa huesos hueva huevamos
    huevaron huevas hueves huevo huevos huido huilense hulano hules humado human humana humanado humando humane
    humanizo humanos humarian humeando humero humeros humillas hundamos hundiendo hundieron hundimiento huracana
    huracanad huracanan huracanar huracanas huracane huracanen huracanes huracano hurano hurgaban hurgador hurgaran
    hurguemos hurta hurtaban hurtaran hurtaria hurto husada husadas husmadas husmados husmando husmaria idearian
    idiomas idiota idolatres ignara ignoraba ignoraban ignorad ignorada ignorado ignorados ignorais ignorala
    ignorale ignoralo ignoralos ignorame ignoramos ignoran ignoranos ignoraos ignorar ignorara ignoraran ignoraras
    ignorare ignoraren ignorares ignoraria ignorarian ignorarla ignorarle ignorarlo ignorarlos ignorarme ignorarnos
    ignoraros ignorarse ignorarte ignoras ignorase ignorasen ignorate ignoreis ignorela ignorelo ignoren ignores
    ignorese ignoro ignota ilave ilegal ileones iletrado imanaron imantado imitad imitarlos impactada impactado
    impagada impartala impartalo impartes impartida impartido impartidos impartir impedido imperada imperado
    imperando imperfecto impersonal impertir impetrada impetrado impia impidiendo impio implantado implicacion
    implorada implorado imponerla imponerlo impopular importaba importaban importabas importad importadas importadla
    importadlas importadle importadlo importadlos importadme importadnos importador importadora importados importais
    importala importalas importale importalo importalos importame importamos importan importando importanos
    importaos importar importara importaran importaras importare importaria importarla importarlo importaron
    importaros importas importase importate importela importelo importuna importunada importunado importuno
    imposicion impostaba impostad impostada impostadas impostadla impostadlo impostado impostados impostala
    impostalo impostando impostara impresos improbada improbado improbar improcedencia impropiedad imprueba
    imprueban imprueben impuesta impuestas impuestese impuesto impulsaos impulsos imputada imputado imputadora
    inaccion inacciones inaceptables inadaptable inadoptable inalterado inanidad inatento incensario incidente
    incidido incluian incluias incluid incluida incluidas incluidla incluidle incluidlo incluidlos incluidme
    incluidnos incluidos incluila incluile incluilo incluilos incluime incluimos incluinos incluios incluira
    incluire incluirlo incluiros incluite inclusivo incombustible incomparada incomunica incomunicame incomunicate
    incondicionado inconformes incontinua incordiales incorrecto incumplen incumplieron incumplir incursos
    independicenme independicense independientes independizate indicante indiciad indician indiciar indicias
    indiferencia indiferencias indigente indignadle indignadme indignale indigname indignamente indignan indignando
    indignandote indignanos indignare indignarle indignarme indignarse indignarte indignase indignaste indignate
    indignense indiligencia indinaste ineducado inefectivo inercial inexacto inexistencia infeccion infeccionar
    inferencia inferencias inferior inferios infieres infirmado infirmar inflamacion infles influida influidlo
    influido influidos influilo informaciones informarian informaron infurtir ingerian ingerios ingieres ingle
    inglesa inglesas ingleses ingletes ingratos ingresad ingresada ingresado ingresados ingresais ingresalos
    ingresamos ingresan ingresanos ingresaos ingresar ingresaros ingresas ingresase ingreseis ingreselos ingresemos
    ingresen ingreses ingreso inhumano inicia iniciaba iniciad iniciada iniciadla iniciadle iniciadlo iniciado
    iniciais iniciala inicialas iniciale iniciales inicialo inicialos iniciame inician iniciaos iniciar iniciara
    iniciare iniciarla iniciarle iniciarlo inicias iniciase iniciate iniciela iniciele inicielo injertar injertes
    injieres inmediatas inmediatez inmediato inmediatos inmersos inmigrante innovaron inquieren inquiero inscribanme
    inscribe inscribeme inscribo inscrito insegura inseguro inseguros insercion insertar insertes insieres insocial
    inspecciona inspeccionaba inspeccionad inspeccionada inspeccionado inspeccionais inspeccionala inspeccionale
    inspeccionalo inspeccioname inspeccionan inspeccionaos inspeccionara inspeccionaran inspeccionaras inspeccionare
    inspeccionaren inspeccionares inspeccionaria inspeccionarla inspeccionarle inspeccionarlo inspeccionarme
    inspeccionaron inspeccionaros inspeccionarse inspeccionarte inspeccionas inspeccionase inspeccionate inspeccione
    inspeccionen inspecciones inspecciono instados instamos instaran instaras instares instaria instaura instaurad
    instaurame instauran instaurar instauras instruccion integras integrases integreis integren integres integrese
    integros inteligencias intencion intender intensada intensado intensan intenses intentaria intentarlo intentes
    intento intentos intercada intercado intercan intercar intercas intercases interceda intercedan intercedes
    interesaba interesaban interesabas interesad interesadas interesadla interesadlas interesadle interesadlo
    interesadlos interesadme interesadnos interesados interesais interesala interesalas interesale interesales
    interesalo interesalos interesame interesamos interesando interesanos interesante interesaos interesar
    interesara interesaran interesaras interesare interesaren interesares interesaria interesarla interesarlo
    interesaron interesaros interesas interesase interesasen interesases interesate interese intereseis interesela
    intereselas intereselo intereselos interesemos interesen intereso interfases interina interinada interinado
    interinan interinar interine interinen interines interino interinos interiores internad internada internado
    internan internar internas internases internate interne interneis internen internes internos interpela
    interpelada interpelado interpelan interpeles interpon interques interven intestan intestes intitulo intranet
    intrigar intrusada intrusado intrusan intruses intrusos intuyeres intuyeses inutiles inventa inventad inventadlo
    inventado inventais inventalo inventan inventando inventaos inventar inventara inventarais inventaran inventaras
    inventare inventareis inventaren inventares inventaria inventariad inventariado inventarialo inventarian
    inventariaos inventariar inventarias inventarie inventarielo inventarien inventaries inventarios inventarla
    inventarle inventarlo inventarlos inventarme inventarnos inventaron inventaros inventarse inventarte inventas
    invente inventelo inventen inventes inventivo inventor inventora inventos invernar invernen invernes inversion
    inversor inversos inverti invertia invertian invertias invertid invertida invertido invertila invertile
    invertilo invertime invertios invertira invertiran invertiras invertire invertiria invertirla invertirle
    invertirlo invertirme invertiros invertirse invertirte invertis invertite investia investid investir investira
    investire investis inveteres invierto invirtio involucion inyeccion irrespetos iterases iteres iverneis ivernes
    iviernos jabardos jabillos jabonado jabono jabramos jabren jabridas jabridos jadie jadio jaldo jalen jalon
    jamara jamarian jambraron japon jarbados jarbaria jarramos jarro jarrones jarros jasado jasar jasas jasen jautos
    jedan jedarian jedes jeliz jeringue jingleis jingles jitad jodas jodedlos jodelo jodelos joderian joderlos
    jodiendo joglares jonrones joparian jorobado jorobarla jorobarlo jubilacion jubilados judgar jueces juegan
    juegas juegos juera juerga jueza jugad jugadera jugado jugadora jugadoras jugadores jugados jugara jugare
    jugaremos jugasemos juglar jugueteos juguetes jugueton jujeemos jumar jumarian junciana junes junta juntaria
    juntemos junto jurador juradora jurar jurgo justa justadas justados justamos justando justaria justarian
    justarias juste justemos justos juzga juzgador juzgadora juzgados juzgar juzgo juzguelos juzguemos kantiano
    kenianas kilolitros kilometricos kilometro labiados laborado labra labradora labrados labramos labrando
    labrantia labraron labre labren lacado lacerado laces lachatao lactante ladearon ladradora ladran ladrares
    ladraron ladrases ladremos ladren ladres ladro ladrona ladronas ladronea ladronead ladroneais ladronean
    ladronear ladroneas ladronease ladronee ladroneeis ladroneen ladronees ladroneo ladronera ladroneras ladronesca
    ladronesco lagar lagartada lagos laguna lairenes lamadrid lamberia lambia lambicar lambidos lambieron lambimos
    lambio lamedora lamen lamiendo lamino lanado lanar lanaron lancearon lanco lancones lanes langa lanzadora
    lanzaron lapon laqueada laqueado laquearon lararios lardan lardaron larde lardes largando largarla largarlo
    larvado larvados lasas lascando lasta lastados lastamos lastaria lasto latencia latiendo laudaron lavabo lavad
    lavada lavadero lavadlo lavadlos lavadnos lavador lavadoras lavadores lavados lavadura lavaduras lavajo lavalo
    lavan lavandera lavando lavandola lavara lavare lavas laxacion laxaciones laxado laxar layado layar lazado lazar
    lazos leame lebrones lecciones lecha lecho lechones lector ledes legad legala legale legalizacion legalo legan
    legando legar legas legiones legramos legrando leguemos lejas lembario lenador lenadora lenatear lenes lenidades
    lenos lenta lentas lente lentejas lentificado lentos leonas leoneras leoneros leonesa leonesas leoneses leptones
    lesiones lesos letal letificado letones letras leuda leudamos leudaron levadera levado levadura levan levantas
    levar levaron levigado levitado leznes liado liame liara liare liaros libar libara libare liber libera libere
    libertos libia librad libradas librados libran librar libraron libras librea libree libren libreo libres libro
    libros licenciaba licenciad licenciada licenciado licenciais licenciala licenciale licencialo licenciame
    licencian licenciaos licenciar licenciara licenciare licencias licenciase licenciate licencie licenciela
    licencien licencies licencio licenciosa liceo licitarlos licuacion lidiando lidienlo liebre liega liego liento
    lievar light lignifica lignificad lignifican lignificar lignificas lignifico ligue liguemos liguen lijadora
    lilas limadora limarian limistes limitad limitada limitado limitarlos limite limiteis limitela limitele limitelo
    limiteme limiten limites limitese limpiaba limpiad limpiada limpiado limpiais limpiala limpiale limpialo
    limpiame limpian limpiaos limpiar limpiara limpiare limpias limpiase limpiate limpida limpidas limpido limpidos
    limpie limpiela limpielo limpieza limpios linde linieres linteles liones lisia lisio listad listados listamos
    listan listar listaria listas liste listeros liston listones listos litad litios litre litres litro lituos llaca
    llaga llagan llagando llagar llagaron llago llamad llamadle llamadme llamadora llamale llamales llamamela
    llamamelo llamamos llaman llamando llamar llamare llamaren llamares llamarle llamarme llamaron llamarse llamarte
    llamas llamase llamasen llamases llamaste llamate llamea llamean llameante llameare llamease llamee llameen
    llameme llamenmela llamenmelo llamenos llamense llameo llames llana llanadas llanas llancas llaneado llaneais
    llaneas llanease llaneras llanezas llanitos llano llanta llantear llanteras llantinas llantos llanuras llapa
    llapando llaparon llape llapen llapo llaretas llata llavea llaveado llaveame llavearon llavee llaveeme llaveenme
    llaveo llaves lleca lleco llegaban llegad llegadlo llegadnos llegado llegados llegandola llegandole llegandolo
    llegandome llegandoos llegandose llegandote lleganos llegara llegaran llegaras llegare llegaren llegares
    llegaria llegarla llegarle llegarlo llegarme llegaron llegaros llegarse llegarte llegas llegasen llena llenan
    llenando llenar llenaran llenaren llenaron llenaros lleno llera lleudando lleudaron lleva llevaban llevad
    llevador llevadora llevados llevalos llevamos llevando llevanos llevanza llevara llevaran llevaras llevare
    llevaren llevares llevaria llevarian llevarla llevarle llevarlo llevarlos llevarme llevarnos llevaros llevarse
    llevarte llevas llevasen lleve lleven llorando lloraron llorones llove lloved llovelas llovera lloveran lloveras
    llovere lloveria lloverla lloverle lloverlo lloverme lloveros lloverse lloverte lloves llovia lloviera lloviere
    llueva lluevan lluevase llueven llueves lluevete lluevo lluvias lluviosa lobearia lobearon loberia locacion
    locaciones localizaciones localizarian localizaron locas locativa locativo locativos loche loches lociones locro
    locucion lodos lograron lomas lomearia lomearian loqueaba loqueada loqueadas loqueado loqueados loqueando
    loqueara loquearan loquearen loquearon loqueo loros losarian lotearia lotearian lotearias lotera loterias lotos
    lubricada lubricado lubricados lubricaron lucas lucen luches lucho lucieren lucieron luciones lucis lucres
    lucubren ludes ludiendo ludieren luengo lugar luido lujes lules lunas lurdense lustrame lustraria lutos luvia
    luxes luyes macana macarros macas macetero maceteros machetero macho macuquina maderero madres madronas madronos
    maeses maestral maestrar maestras maestre maestrea maestread maestrean maestrear maestreas maestree maestreo
    maestres maestria maestrias maestril maestros magnifica magos magullas majale majar majarme majen majencia
    majorcas majuela majuelas males malestar maleteros malhiero malla mallamos mallando mallas malle malmeter
    malmetera malmetere malogran malogres malojero maloqueada maloqueado maloquearon maloqueo malpario malrotes
    malta malteado maltes malvendo mamadora mamara mamarian mampuestos manaba manada manadme manala maname mananas
    mananea mananead mananean mananear mananeas mananera mananita manantay manara manaron mancaron mancas manchame
    mancharla mancharlo manco mancos mandadle mandadme mandale mandales mandamela mandamelo mandamos mandan mandanga
    mandante mandare mandaren mandares mandarla mandarle mandarlo mandarme mandaron mandarse mandarte mandase
    mandasen mandases mandaste mandate mandaue mandelos manear manearia manearon maneja manejaba manejable manejad
    manejada manejadla manejadlas manejadle manejadlo manejadlos manejado manejais manejala manejalas manejale
    manejalo manejalos manejame manejamela manejamelo manejan manejando manejaos manejara manejaran manejaras
    manejare manejaren manejares manejaria manejarian manejarias manejarlas manejarle manejarles manejarlos
    manejarme manejarmela manejarmelo manejarnos manejaron manejaros manejarosla manejaroslo manejarse manejarsela
    manejarselo manejarte manejartela manejartelo manejas manejase manejasela manejaselo manejate maneje manejela
    manejelo manejenla manejenlo manejos maneo manerear manero maneto manga mangana manganas manganea mangaron mango
    mangue maniendo manieron manillas manjar manlevar manojear manojo manos manotean manoteen manta manteame
    manteamiento manteamientos manteare mantearla mantearlo manteles mantendra mantendre mantene mantened mantenedor
    manteneis mantenela mantenele mantenelo manteneme manteneos mantenerla mantenerle mantenerlo mantenerme
    manteneros mantenerse mantenerte mantenes mantenete mantenga mantengo mantenia mantenla mantenle mantenles
    mantenlo mantenme mantente mantiene mantienen mantienes manto mantuana manuales manualidad manualmente manutene
    manutened manutener manutenes manzana manzanar manzanas maquete maqueten maquetes maquia maquila maquilad
    maquilan maquilar maquilas maquilla maquinaba maquinad maquinada maquinado maquinais maquinal maquinan maquinar
    maquinara maquinare maquinas maquinase maquine maquinen maquines maquiniza maquino maracas marana maras marbetes
    marca marcabas marcaciones marcad marcadas marcadlo marcado marcador marcados marcais marcalas marcales marcalos
    marcamos marcan marcando marcanos marcaos marcar marcaras marcares marcaros marcarse marcase marcasen marcases
    marcaste marceado marceais marceas marcease marcenas marceras marces marchado marchais marchaos marchas marchase
    marciais marcias marcidas marcidos marciras marcis marcos marea mareador marearla marearlo mareas marees mares
    margas marias maricas marioneta marionetas mariquina mariscas maritima maritimo marlotes marquina marramos
    marras marres marridos marro marrones marros marsas marta martas marte martelos martines martir martires martos
    maruchas marzas masado masaje masar masas mascando mascas masen mases masetero maseteros masica masienos masma
    matad matadora matearia matematico matematicos materia material materias mates maticela matracas matricial
    matricida matriculaba matriculad matriculada matriculado matriculais matriculala matriculale matriculalo
    matriculame matriculan matriculaos matricular matriculara matriculare matriculas matriculase matriculate
    matricule matriculen matricules matriculo matriz matutero matutina maulamos maulando mayadora mayonesa mazana
    maznaron mazorcas mazurcas meajuela meandome meanos meaos mearamos meases mecanicas mecanice mecanicen mecanices
    mecanicos mecanismo mecaniza mecanizad mecanizan mecanizar mecanizas mecanizo mecatear meces mecha mecho mecia
    mecieron mecos mediacana mediad mediados medial median mediania mediar mediaria medias medica medicaba
    medicacion medicada medicado medicala medicalo medicaos medicara medicinaba medicinad medicinada medicinado
    medicinais medicinal medicinan medicinar medicinara medicinare medicinas medicinase medicine medicinen medicines
    medicino medicion mediciones medicos medid medida medido medidora medie medila medilo medimelo medina medio
    mediodias medir medira medirian medis medita medito medos medra medramos medro medula medulares meela meenos
    megos meitad mejan mejas mejer mejes mejia mejicana mejico mejillas mejora mejore mejoro melanina melanita
    melgando melgaron mellares mellas melodico melonero memes memos menaje menas menciona mencionan mendiga mendigad
    mendigan mendigar mendigas mendocina meneador meneales menearla menearlo menes menestra menganas menguares
    menguases menor mensajera mensajero mensajes menso mensos menstrual menstruales menstrualmente mensualidades
    mensula mensulas mensurables mensurad mensuran mensurar mensurares mensuras mensurases mensures menta mentabas
    mentadas mentados mentalas mentales mentalidad mentalmente mentamos mentanos mentar mentara mentaran mentaras
    mentaren mentaria mentarla mentarlo mentaroslos mentas mente mentia mentida mentidas mentidla mentila mentilas
    mentinoslos mentir mentiran mentiras mentire mentiremos mentiria mentirian mentirias mentirla mentirlas mentirle
    mentirlo mentirlos mentirme mentirnos mentirnoslos mentiros mentirosa mentirosas mentirosla mentiroslas
    mentiroslo mentiroslos mentiroso mentirse mentirte mentiste mento mentora mentoras mentores menus meones merado
    meraramos merca mercad mercada mercadas mercadea mercadee mercadeo mercader mercados mercales mercamos mercancia
    mercando mercaron mercas mercera merceras merceria merecera merecido merengues meres merindad meritado meritados
    merla merlo mermadlo mermado mermador mermados mermamos mermando meros mesas meseis mesen mesiados mesianica
    mesianico mesillas mesma mesmo mestales mestas mesto mesturar metalica metalico metallas metanles meter metes
    metia metieron metodico metras metretas metrificado mexicana mexico mezclado mezquina miado mianaron miasma
    micciones micenica micenico mices micha micho midelo midelos miden mides midiendo midieron miela mielas mieles
    mientame mierra migad migrantes migue miguemos miguen milesima milesimo milimetros milis milla millacas millar
    millares millos milpas mimad mimarian mimes minad minal mines miniaban minian miniaran miniaron minio minoraron
    mintiera mintieran mintieras mintiere mintieren mintieres mintiesen minutado mioma mirad mires mirlas mirles
    misad mises misia misio mismas mismos mista mistad mistados mistamos mistaria misticamente misto misturar mitas
    mitologia mitos mitrad mixes mocarian mocarros moche moches mocho mociones mocos modas modela modelado modelados
    modelais modelalo modelalos modelamos modelanos modelaos modelaros modelas modelase modele modeleis modelelo
    modelelos modelemos modeles modelico modelicos modelizo moderador moderadora modernos modero modestia modestias
    modesto modestos modico modorres modos modregos modulaos modulo modulos modulosa moduloso mofarian mogos
    mohatrar mohos mojarian mojelo mojelos mojen mojenlos mojos molar molareis molares molarian moldares moldaron
    moldavia moldealo moldealos moldeaos moldeelo moldeelos moldemos moledero moledlos molelo molelos molerian
    molerlos moles molesela moleselo molesta molestaba molestad molestada molestado molestais molestala molestalo
    molestan molestaos molestar molestara molestaria molestas moleste molesteis molesten molestes molestias molestos
    moliendo moliente molifica mollares mollas molletero molsa molsas molturar moltures momearian momos momperada
    monarcas mondadme mondalos mondame mondarme monde mondejos mondemos mondo moneo mongo monicion moniciones
    monitores monos monta montadlo montado montador montados montanas montando montaras montares monte monteado
    monteo monteras monteria monton montones monturas monuelos monumentos moque moqueada moqueado moquearon morapios
    morarian morarias morcado morcados morcando morcas mordamos mordedlo mordedlos mordelas mordeles mordelo
    mordelos mordemos mordenos morderlo morderlos morderos morelos morillas mormulla moros morquera morrea morreo
    mortificado moscando moscones mosolina mosquina mostear mosteara mosteare mosto mostoles mostos mostra mostraba
    mostrad mostrada mostrado mostrador mostrais mostrala mostrale mostralo mostrame mostraos mostrara mostraran
    mostraras mostrare mostraren mostrares mostraria mostrarla mostrarle mostrarlo mostrarme mostraron mostraros
    mostrarse mostrarte mostras mostrase mostrate mostre motas moteares motearia motel motes motocicletas
    motociclista moton motones motora motoras motorices motoriza motorizo motril movealas movealos movedlas movedlos
    movela movelas movelo movelos moverian moverlas moverlos movia moviendo movio moxos moyos moyuelos mozos
    mozuelos mucha muchos mudaremos mudarian mudela mudelo mudelos mudenlos muebla mueca muelan muelar muelas muele
    muelo muentale muentame muentate muenteme muentenme muera muero muertas muerte muerto muescado muescando mueses
    mueso muestra muestrala muestrale muestrales muestralo muestramela muestramelo muestran muestras muestrate
    muestrele muestreme muestren muestrenla muestrenle muestrenles muestrenlo muestrenmela muestrenmelo muestrenos
    muestrense muestreo muestrese muestro mueva muevas mueves muevo mufla mugar mugica mugiendo mugieren muguemos
    muido muisca mulata mulatero muleta muletero muleteros mulla mullas mullicada mullicado mullicaron mulsa multad
    multan multar multaria multas multe multiplica multiplicaba multiplicad multiplicada multiplicadas multiplicadla
    multiplicadle multiplicadlo multiplicadlos multiplicadme multiplicadnos multiplicador multiplicadora
    multiplicados multiplicais multiplicala multiplicale multiplicalo multiplicalos multiplicame multiplicamos
    multiplican multiplicando multiplicandos multiplicanos multiplicaos multiplicar multiplicara multiplicare
    multiplicarlo multiplicaron multiplicaros multiplicas multiplicase multiplicate multiplico multo mundanal
    mundiales munes municiona municionan muquieren murciado murieren murta musca muscaria musco muses musia musical
    musicas musico musida musieren musira musita musitaria musitarlos mustiaria mutad nabina nacarado nacencia
    naciendo nacieron naciones nadadora nadan nadarian nadies nadir nalgudos nalgueen namibios nancearon nanearon
    nangoten nanta nantaron nanto narramos narrenla narro nasas natacion nataciones natal natividad natrones
    navajeros navegaciones navegarian navegaron navia navidades navio nebulares necesita necesitad necesitado
    necesitalo necesitan necesitaos necesitar necesitas necesite necesitelo necesiten necesites negacion negativa
    negativas negativos negocia negociaba negociaban negociabas negociad negociada negociadla negociadle negociadles
    negociadlo negociadme negociado negociador negociais negociala negociale negociales negocialo negociame negocian
    negociante negociaos negociara negociaran negociaras negociare negociaren negociares negociaria negociarla
    negociarle negociarles negociarlo negociarme negociaron negociaros negociarse negociarte negocias negociase
    negociaste negociate negocie negociele negocielo negocien negocienle negocies negocios negociosa negocioso
    negrecio negregar negretas neguemos nejas nendo neolitica neones nerviado nerviados nesgados nesgamos neumatica
    neumaticas neumatico neuquina neuroticos nevara nevas neveras nevereta nevero neviscado neviscan neviscar niches
    nidrios nieta nieva nievas nievo ningun ningunas ningunea ningunead ningunean ningunear ninguneas ningunee
    ninguneo ningunos nitida nitidos nitros nivela nivelacion nivelais nivelaos nivelas nivelase noble nociones
    nodos nomas nombra nombrale nombrame nombrare nombrarla nombrarlo nombraron nombrase nombrate nombreis nombren
    nombres nombrese nombro nominaos nomino nonio noqueada noqueado noquearon noria notar notarian notarias notarios
    notela notelas noten notenlas noticia noticiaba noticiabas noticiad noticiada noticiadas noticiado noticiados
    noticiais noticiala noticialas noticiale noticiales noticialo noticialos noticiame noticiamos notician
    noticianos noticiaos noticiar noticiara noticiaras noticiare noticiares noticiaros noticiarse noticiase
    noticiasen noticiases noticiaste noticiate noticieis noticielas noticien noticieras noticies noticiese noticiosa
    noticiosas noticioso notificas notorias notos noumenos novadlas novala novalas novamela novamelas novarian
    novarlas novasela novaselas novel novelaba novelabas novelad novelada noveladas novelado novelados novelais
    novelamos novelan novelar novelara novelaras novelare novelares novelarse novelase novelasen novelases novelaste
    novelda novele noveleis novelera noveleras noveles noveleta noveliza novelizas novelo novena novenas novenles
    noventas noviad novian noviar novias novicias novicios novie novillas novios novita novoa nublamos nublando
    nueceros nuera nueras nueve nueves nuevitas nueza nuezas nulidades numera numerado numerados numerais numeralo
    numeralos numeramos numeranos numeraos numeraros numeras numerase numere numereis numerelo numerelos numeremos
    numerenos numeres numerese numerico numericos numerosa numerosas numeroso numerosos nuncio nunoa nutricias
    obertura oberturas obradora obran obrar obraron obras obren observada observame observas obstados obstaria
    obstrucciones obtencion obtendra obtendran obtengas obtienen obviadlo occidente occidentes oceanica oceanico
    ocupacion ocurramos ocurrido odiamelo odiarian odiemelo odiesela odieselo odios odres ofendame ofendedor
    ofendedora ofendida ofendido ofendiendo ofendieron ofensores oferente ofertaba ofertad ofertada ofertado
    ofertados ofertais ofertala ofertale ofertalo ofertame ofertan ofertaos ofertar ofertara ofertare ofertas
    ofertase ofertate oferte oferto oficia oficiaba oficiad oficiada oficiado oficiais oficiala oficialas oficiales
    ofician oficiar oficiara oficiare oficias oficiase oficinas oficiosa ofrece ofreced ofrecedor ofreceis ofrecela
    ofrecele ofrecelo ofreceme ofrecen ofreceos ofrecera ofreceran ofreceras ofrecere ofreceria ofrecerla ofrecerle
    ofrecerlo ofrecerme ofreceros ofrecerse ofrecerte ofreces ofrecete ofreciera ofreciere ofrezca ofrezcan ofrezcas
    ofrezlo ofrezlos ofuscando oilas oiles oiras olave olaya olida oliente olientes olimpica olimpico olivaron
    olores olvidaba olvidad olvidada olvidadla olvidadle olvidadlo olvidadlos olvidadme olvidado olvidados olvidais
    olvidala olvidalas olvidale olvidales olvidalos olvidame olvidamelo olvidamos olvidan olvidando olvidanos
    olvidaos olvidar olvidara olvidare olvidaren olvidares olvidarla olvidarle olvidarlo olvidarlos olvidarme
    olvidaron olvidaros olvidarse olvidarte olvidas olvidase olvidaselo olvidasen olvidases olvidaste olvide
    olvidela olvidelo olvidelos olvideme olvidenlo olvidese olvido ominas omino omitieron opalinas opcional
    opcionales operadas operadla operadle operadlo operadlos operadme operadnos operado operadoras operadores
    operados operalos operamos operando operandola operanos operaron operaros operativa operatoria operenme opilas
    opina opinabas opinad opinadas opinados opinais opinamos opinan opinar opinaras opinares opinarse opinase
    opinasen opinases opinaste opines opiniones oponedla oponedlo oponer oponerla oponerlas oponerle oponerlo
    oponerlos oponme oposiciones oprobiado oprobiar opuestas opuestos oraciones orario orarios orbitantes orcen
    ordena ordene ordeno ordinales oreen oreganal orientar origina originaba originad originada originadla
    originadle originadlo originado originais originala originalas originale originales originalo originalos
    originame originan originaos originar originara originare originarla originarle originarlo originas originase
    originate originela originelo originen origines orinas orines orive orlen ornen osabamos osada osadas osado
    osados ostras ostrones oteadora otearian oteas otenga otonarian otones otros ovaciones ovalaran ovalares ovalen
    ovamos ovemos ovinas ovoideos oxamarca pablo pacaraos pacas paccionas paccione paccioneis paccionen pacciones
    paced pacer paciendo pacieron pactadla pactados pactarla pactarlo pactarme pacte pactes padece padecen padezles
    padres padron padrones padrotes pagad pagaderos pagadla pagadlas pagadlo pagadlos pagado pagadora pagala pagale
    pagalo pagame pagamela pagamelo pagan pagana pagaos pagara pagare pagaria pagarian pagarias pagarlas pagarle
    pagarles pagarlos pagarme pagarmela pagarmelo pagarnos pagarosla pagaroslo pagarsela pagarselo pagartela
    pagartelo pagas pagasela pagaselo pagel pageles paginaba paginad paginada paginado paginais paginan paginar
    paginara paginare paginas paginase pagine pagino pagros paguelas paguemos paisaje paisajes pajar pajareros pajas
    pajel pajeles pajos pajuela pajuelas palado palas palca paleales palencia palestra paletera paletero paleteros
    paliando paliarla paliarlo paliarme palieles palienlo palio paliqueo paliza palla pallamos pallando palle pallo
    palmario palmarla palmarlo palmarme palmenta palomera palomero palomeros palos palpales palparla palparlo
    palparme palurdos pampanada pamperas pamperos panaderos panado panas panatela pancilla panco pancos pandan
    pandaron panel paneles panetado panetero panga panglina panicula panicular panoramica panoramicas panoramicos
    panos pansas pansidos pantallas pantallazo pantallea pantallead pantallean pantallear pantalleas pantallee
    pantalleo pantalon pantufla papables papado papal papales papar papas papea papearas papeares papearse papeas
    papeases papee papees papeis papelea papelead papeleais papelean papelear papeleas papelease papelee papeleeis
    papeleen papelees papeleo papeleos papelera papeleras papelero papeleros papeleta papeletas papelones papelotes
    papen papeo papera paperas papero paperos papes papos paqueare paquease paqueaste paquebote paquee paqueo
    paqueta paquetas paquetea paquetead paquetean paquetear paqueteas paquetee paqueteen paquetees paqueteo
    paquetera paquetero paquetes parad paraderos parado paradora paraisos paraje parame paramento parameros paranoia
    parar pararla pararlas pararlo pararlos pararme paras parata parate parcas parce parcelaron parcelen parceles
    parces parcir parea paread pareados parearen pareasen pareced pareceis parecela parecele parecelo pareceme
    parecenos pareceos parecer parecera pareceran parecere pareces parecete pareci parecian parecias parecido
    parecidos parecimos parecio parecito paree pareen parees parele pareles pareme paren parenles pareo pares parese
    parezcan parezles pargos parian parid paridlos paridnos parido paridos pariendo parieren pariesen parir parisina
    parisino parite parlados parlamento parlamos parlando parle parles parola parolas parolina paronima paros
    parpados parpe parpes parque parquea parquead parqueado parquean parquear parquearia parqueas parquee parqueen
    parquees parques parrados parramos parre parres parro parta partalos partamos partanla partas partea parteada
    parteado parteados parteais parteas partease partee parteeis partees partelas partelos parten parteo parteras
    parteros parti partia partiais partiamos participar particula particulares particulas partid partida partidas
    partidla partidlas partidle partidles partidlo partidlos partidme partidnos partidor partidores partiendo
    partiera partiere partiese partil partilas partiles partilo partilos partimos partinos partio partios partira
    partiran partiras partire partiria partirla partirle partirlo partirlos partirme partirnos partiros partirse
    partirte partis parto partos pasad pasada pasaderas pasadero pasaderos pasadizo pasadlas pasadlo pasadlos
    pasadme pasadnos pasador pasadora pasados pasais pasajera pasajeras pasajero pasajuegos pasala pasalas pasale
    pasalo pasamana pasamane pasamela pasamelo pasamelos pasan pasando pasantia pasaos pasaporta pasaportad
    pasaportan pasaportar pasaportare pasaportas pasaportase pasaporteis pasaporten pasaportes pasaporto pasara
    pasare pasarela pasaremos pasarla pasarlas pasarle pasarles pasarlo pasarlos pasarmela pasarmelo pasarse pasarte
    pasase pasaselos pasasemos pasate pasay pascueros paseaderos paseadlo paseadme paseado paseador paseados
    pasealas paseales paseame paseando pasear pasearla pasearle pasearlo pasearme pasearse pasearte paseas paseelas
    pasela paselas paseles pasen pasenlas pasenles pases pasmadlo pasmadme pasmado pasmados pasmalas pasmame
    pasmando pasmar pasmarla pasmarle pasmarlo pasmarme pasmarse pasmarte pasmas pasme pasmosas pasos pasquina pasta
    pastaderos pastado pastados pastamos pastando pastar pastaria pastarse pastas paste pasteado pasteles pasteros
    pastes pastones pastoras pastosas patas patateros pateales patearia patearla patearlo patearme pates patina
    patos patrones paulamos paulando pausadas pausado pausados pausando pausar pausarse pausas pautados paute pautes
    pavas pavos payado payar payas payos pazos peajeros peatonal pebetero pecadora pecha pecho pecio pecios pectados
    pectamos pedaneos pedantes pedia pedicular pedicura pedid pedida pedidlo pedidlos pedidnos pedidor pedidora
    pedidos pedilo pedimelo pedos pedros pegar pegarla pegarlas pegarlo pegarlos pegos pegotear peguemos pegueros
    peido peinador peinarlo peladora pelaya pelaza pelearlo peleones peletera peletero peleteros pelicana pelicular
    peliculas peliculon pelletero pello pelmazos pelona pelos pelosa pelotari pelotas pelote pelotea pelotead
    peloteado pelotean pelotear peloteara peloteare pelotearon peloteas peloteen pelotees peloteo pelotera peloteras
    peloteros peloto pelotuda pelotudo pelta peltrero peluquea peluqueaba peluqueada peluqueais peluqueara
    peluquearia peluquearian peluquearias peluqueeis peluquera peluqueras peluquerias peluquero peluqueros penador
    penar penas penda pendejea pendejee pendejeo pendejino pendejos pendemos penden pender penderan pendes pendida
    pendidas pendido pendidos pendiendo pendieran pendieren pendieron pendio pendo pendra pendrada pendran pendro
    penerada penetrada penetrar penetren penianas penolero pensa pensable pensad pensadla pensadle pensadlo
    pensadlos pensador pensales pensalo pensalos pensamelo pensando pensara pensaran pensaras pensare pensaren
    pensares pensaria pensarla pensarlas pensarle pensarles pensarlos pensarme pensarmelo pensarnos pensaron
    pensaros pensaroslo pensarse pensarselo pensarte pensartelo pensas pensaselo pensiona penso peones peptidos
    perca perchado perchona perciben percibirian percudio perdamos perdedor perdedora perdi perdia perdiciones
    perdido perdidos perdiendo perdieron perdigo perdigon perdimiento perdimos perdiz perdon perdona perdonad
    perdonala perdonale perdonalo perdonan perdonar perdonas perece perecean pereceen perecen perecera perecias
    perecido perecidos perecimos perecio peretero perfecta perfectas perfectivo perfectos perfidos pericona perima
    perimo periodos periqueo peritado peritados perla perlados perlamos perlo perlonga pernio pernocto peron
    perorado peroramos peros perrengue perro perrona perronas persiana persigna personaba personad personada
    personadla personadle personadlo personado personais personaje personala personalas personale personales
    personalo personalos personame personan personaos personar personara personare personarla personarle personarlo
    personas personase personate persone personela personele personelo personen personera persones persono personuda
    pertas pertigos perversa pervivio pesado pesadora pesame pesaos pesar pesarlo pesarlos pesarme pesas pescados
    pescamos pescando pescarlo pescarme peses pesetero pesimas pesimos pesqueria pesquisa pestanas peter petos
    petras petrificado petro piado piador pianolas picantes picaporte picarros picha picotero pidan pides pidiendola
    pidiendole pidiendolo pidiendome pidiendoos pidiendose pidiendote pidieron piensa piensalo piense pienselo
    piensos pifiando pignora pignorad pignoran pignorar pignoraran pignoraren pignoraron pignoras pignore pignoren
    pignores pigue pijotero pilas pilatero pilen piles piliza pillaje pillajes pillas pillo pilonero piloro piloso
    pilota pilotado pilote piloteo pilotos pimiento pinal pinas pincelaron pines pinta pintadla pintara pintaran
    pintaras pintares pintaria pintarla pintarlo pinteara pinteares pintora pintoras pintores pinturas pinturera
    piolares pipen pipeta pipetas pipeteas pipiando pique piquete piquetes piren pirramos pisado pisame pisar
    pisarme pisas pisen pisos pista pistados pistamos pistaria pisto pistolas pistones pistura pisturas pitad piten
    pitido pivoto placad placan placar placas place placea placeado placear placeara placeare placed placee placen
    placeo placera placeran placeras placere placeres placeria placero placeros placerse places placi placia
    placiera placiere placo plaga plagando plagar plagaria plagiado plagiarla plagiarlo plana planas planchado plane
    planeada planeadlo planeado planeador planeados planealo planeando planendo planes planetas plani planis plano
    planos planta plantaba plantad plantada plantadas plantadla plantadle plantadlo plantadlos plantadme plantadnos
    plantador plantadora plantados plantais plantaje plantala plantale plantalo plantalos plantame plantamos
    plantando plantanos plantaos plantara plantare plantario plantarla plantarlo plantaron plantaros plantas
    plantase plantate plantead planteada planteadlo planteado planteados plantealo planteando planteas plantias
    plantilla plaqueta plasmado plasmame plasmarme plasta platas platea plateado plateria plato platos playas playo
    playos plazas plazca pleca plega plegando plegar plegarla plegarlo plegaron plego pleones plica plomarian
    plomaron plomeado plomeara plomeare plomearon plomemos plomeo plomeros plomo plotearia plumazos plumero plumeros
    poblamos poblando poblares poblarla poblarlo poblaron poblazos poble poblo pocion pociones podado podarian podas
    poden poder poderla poderlas poderlo poderlos podido podrecen podrecer podrecio podrezco poemas poeta polaca
    polar polares polariza polcares polcaron polco polecito polemica polemiza poleo policiaca policiaco policial
    policias policopia polimero polinice poliniza polio politicas politice politicela politicen politices politico
    politicos politiza politizad politizan politizar politizas politizo poliuria polizas polla polleo pollos pololo
    polucion polvifica polvo pomarada pomas pompeara ponderal ponderala ponderalo ponderela ponderelo poned ponedla
    ponedlas ponedlo ponedlos ponela ponelo poneme ponemela ponemelo ponen ponerlas ponerle ponerles ponerlos
    ponermela ponermelo ponernos ponerosla poneroslo ponersela ponerselo ponertela ponertelo pones ponesela poneselo
    poney poniendo ponle ponlo pontanas ponte ponteado ponto pontones poparian populares populazo porciones porgaron
    poros porquera porqueras porqueriza porquerizas porquerizo porquero porqueros porqueta porrea porreo portados
    portarla portarlo porte portento porteria portes porticos portones portuaria posaderos posado posame posar
    posare posarian posarme posas poseerla poseerlo posesora posicion posiciona posicione posiciono positiva posma
    posos pospones poste posteare postee poster posteres postines postores postra postrale postrame postrar postrara
    postrare postrase postrate postreis postrema postremo postren postrer postrera postrero postres postro postular
    potar potarian potras poyarian prebenda prebende prebendo precaria precario precarios precavio precedencia
    precedencias precedente precedio precia preciado preciados preciais preciamos preciara precias preciase precie
    precieis preciemos precien precies precinto precintos preciosa preciosas precioso preciosos precisado precisan
    precisaos precisar precisas precisen precises preciso precisos preclara precocio predador predecios predio
    predios prefacio prefacios prefecto prefectos preferencia preferencias prefijos prelucio premiaos premiara
    premio premios premiosa premioso premisos prena prenad prenada prenadas prenadla prenara prenaran prenaras
    prenaria prenarla prenarlo prenas prendaba prendad prendada prendado prendais prendala prendalo prendame
    prendamiento prendan prendar prendara prendare prendas prendase prende prendedor prendela prendelo prender
    prendera prendere prendi prendia prendian prendias prendida prendido prendiendo prendieron prendimiento
    prendimientos prendo prenotar prensaba prensad prensada prensadlo prensado prensais prensala prensale prensalo
    prensame prensan prensaos prensar prensara prensare prensarla prensarle prensarlo prensarlos prensas prensase
    prensate prense prenso prensora prensores prenuncia prenunciad prenuncian prenunciar prenuncias prenuncie
    prenuncio preparaba preparad preparada preparado preparais preparala preparale preparalo preparame preparan
    preparaos preparar preparara preparare preparas preparase preparate prepare preparela preparen prepares preparo
    prepucio prepucios prepuesta prepuestas prepuesto prepuestos presa prescribanme prescribe prescribeme prescribo
    prescrito presenta presente preserva preservaba preservad preservada preservadas preservadla preservadme
    preservado preservais preservala preservale preservame preservan preservaos preservar preservara preservare
    preservarme preservas preservase preservate preserves presidanse presiden presidenta presidentas presidentes
    presidete presidirte presidiste presidite presienta presiente presienten presientes presiento presiona
    presiuenate presos prestaba prestada prestadlo prestadme prestado prestador prestados prestais prestala prestale
    prestales prestalo prestalos prestame prestamelo prestamos prestando prestanos prestaos prestara prestare
    prestarlo prestarme prestaron prestaros prestase prestate presteme prestemos presto presuman presumele presumen
    presumes presumime presupuesta presupuestad presupuestado presupuestalo presupuestan presupuestaos presupuestar
    presupuestas presupueste presupuesten presupuestes presupuestos presupuso pretenda pretendan pretendas pretende
    pretended pretenden pretender pretendes pretendi pretendia pretendio pretendo pretensa pretenso preterid
    pretirio prevenga prevenia prevenid prevente preveras preveria preverla preverse previese previmos previo
    previos previsor previste primo pringles privarla privarlo prive proba probable probacion probad probadla
    probadlas probadle probadlo probadlos probado probador probados probala probalas probalo probalos probamela
    probamelo probando probanza probara probaran probaras probare probaren probares probaria probarian probarias
    probarlas probarle probarles probarlos probarme probarmela probarmelo probarnos probaron probaros probarosla
    probaroslo probarse probarsela probarselo probarte probartela probartelo probas probasela probaselo probidad
    problemas probo procedencias procederia procedido procedieron procesar procesara procesos procinto proclama
    proclamar proclitica producir proejara proemios proferido proferir proferira profesaba profesad profesada
    profesala profesan profesaos profesar profesara profesaran profesaras profesare profesaria profesarla profesas
    profesela profesen profeses profesion profesionalismos profesionalizo profeso profesorado profesoras profesores
    profesos profetar profetico profetizo profusos programaba programad programada programado programador programais
    programala programale programalo programame programan programaos programara programaran programaras programare
    programaren programares programaria programarla programarle programarlo programarme programaron programaros
    programarse programarte programas programase programate programe programen programes programo progresa progresar
    prolifica promana promanad promanan promanar promanas promediado promediaron promedio promesado promesar
    promesara prometed prometedlo prometedor prometelo prometeran prometeros prometia prometian prometias prometida
    prometidas prometidos prometiendo prometiera prometieran prometieras prometiere prometieren prometieres
    prometiesen prometimos prometio promision promociona promocionad promocional promocionan promocionar promocionas
    promocione promocionen promociones promociono promovian promovido promovieron promovio pronacion prono
    pronostica pronosticad pronosticado pronosticalo pronostican pronosticaos pronosticar pronosticas pronosticos
    pronta prontos pronuncia propalar propenda propensa propicia propiciad propiedades propienda propiendas propinad
    propinas proporcion proposicion propriedad propuesto propuestos propulsar prorrata proseara prospera prospero
    prostrar protegido protegieron protetico protones proveido provenido provento providencia providente provisor
    provisora proximal proximas proximo proximos pruebala pruebalo prueban pruebas pruebate pruebe pruebela prueben
    pruebo puado puaremos pubertad publicaba publicaban publicabas publicaciones publicad publicadas publicadla
    publicadlas publicadle publicadlo publicadlos publicadme publicadnos publicador publicadora publicados publicais
    publicala publicalas publicale publicalo publicalos publicame publicamos publican publicando publicano
    publicanos publicaos publicar publicara publicaran publicaras publicare publicaren publicares publicaria
    publicarian publicarla publicarle publicarlo publicarlos publicarme publicarnos publicaros publicarse publicarte
    publicas publicase publicasen publicate publicidad publicita publicitada publicitado publicitaron publicito
    pucho pudiendo pudieren pudriendo pudro pueda puedan puedes puenta puentanas puenteas puercas puerco puerro
    puerta puertos puesta puestas puesto puestrale puestrame puestrate puestreme puestrenle puestrenme puestrense
    pugnemos pules puliendo pulieren pullo pulsadas pulsados pulsarlo pulsarme pululares punata punciona puncionad
    puncionan puncionar puncionas puncione puncionen punciono punes punia puniendo punieren punja puntad puntal
    puntan puntanas puntar puntaria puntas punte puntea puntidos punto puntua puntuara puntura punturas punza pureto
    purgador purgarla purgarlo purguemos puridades purisima purramos purridos pusieren putos putridos quebrame
    quebramos quebrarme quebraron quedabamos quedaban quedabas quedad quedadas quedadlos quedadme quedadnos quedados
    quedalas quedales quedalos quedamelos quedando quedanos quedaos quedar quedaramos quedaran quedaras quedaremos
    quedaren quedares quedaria quedarian quedarla quedarle quedarlo quedarlos quedarme quedarnos quedaros quedarse
    quedarte quedas quedasemos quedasen quedases quede quedemos queden quedense quedos quejad quejadle quejadme
    quejados quejalos quejame quejamos quejan quejanos quejara quejaran quejaras quejare quejaren quejares quejaria
    quejarla quejarle quejarles quejarlo quejarmela quejarmelo quejaron quejaros quejarse quejarte quejas quejaste
    queje quejemos quejenme quejo quema quemadme quemados quemajosos quemalos quemamos queman quemanos quemar
    quemaran quemaren quemarle quemarme quemaron quemaros quemarse quemarte quemazon quememos quemo quena quenas
    quepa quepamos quepan quepo quera queramos queremos quererme queriamos quero quesadas queseamos quesearon queso
    quibeyes quiebran quiebren quiebres quiebro quiebros quier quiera quieralo quieran quiere quierela quierelo
    quiereme quierenos quieres quieri quieta quietamos quietaren quietaron quieteis quieten quietes quieto quijar
    quijero quijeros quijones quila quilifera quima quimerea quimerean quimeree quimereen quimereo quimerica
    quimicas quimico quimicos quimifica quina quinamos quinaren quinaron quincena quine quinen quines quinetes
    quinielas quinolea quinones quinta quintero quisierais quisieran quisieras quisiere quisieren quisieres
    quisieron quisiese quista quistara quistaria quitad quitamiento quitamos quitan quitar quitaren quitaria
    quitarme quitaron quitas quitay quite quiteles quiten quitenles quitenos quitense quito quitones quivican
    quivilla quiza rabalero rabeados rabeamos rabeando rabiados rabiamos rabiando rabiaron rabilamos rabilando rabio
    rabiones rabones raciones radia radicalo radico radie radios raido raines rajale rajar rajarme rajen rajuela
    rajuelas ralbados ralbamos ralbando ralla rallamos rallando ralle ramio ramoneas ramonees ramones ramos ramparan
    ranco rapadora rapara raparan raparian rapenlas raptaran raptaron rarea rarefaccion rasado rasar rasas rascando
    rascarme rascones rasen rasgarla rasgarlo rasgarme rasgones rasparan rasparme raspones rasureme ratearia
    ratearon ratio ratoneis ratones razoneis razones razonese reabierto reabiertos reaccion reacciones realquilar
    reamaran reaparecio reapreto reara rearamos rearan reararan reasuman reasumen reasumes reata reatados reatamos
    reatar reataran reataron reato reaventa reaventad reaventar reaventas reavente reavento reavienta reavivado
    reavivan reavivar rebaba rebajaba rebajaban rebajad rebajada rebajado rebajador rebajais rebajala rebajale
    rebajalo rebajame rebajando rebajanos rebajaos rebajara rebajaran rebajaras rebajare rebajaren rebajares
    rebajaria rebajarla rebajarle rebajarlo rebajarme rebajaron rebajaros rebajarse rebajarte rebajas rebajase
    rebajasen rebajate rebaje rebajela rebajen rebajo rebalsan rebalsar rebana rebanan rebanar rebanara rebanare
    rebancos rebanean rebanear rebasa rebasado rebasan rebasar rebasara rebasare rebata rebatan rebatar rebatian
    rebatida rebatila rebatina rebatira rebatite rebinado rebitado rebite rebla reblaban reblamos reblando reblaran
    reblas rebosado rebraman rebramar rebuja rebujan rebujar rebujara rebujare rebujina rebumben rebuscando rebuscar
    recabarian recabaron recabe recaben recabita recaen recaeran recamara recambia recambiar recambiaron recambio
    recambios recargada recargado recargan recargar recata recatead recatean recatear recateara recateare recateas
    receba recebarian recebe receben receja recela recen recenirian recenta recentad recental recentar recentas
    recepta receptad receptan receptar receptarian receptas recercada recercas reces recesa recesado recesivo
    recetaba recetad recetada recetado recetais recetala recetale recetalo recetame recetan recetaos recetar
    recetara recetare recetas recetase recetate recete recetela receto rechicen rechinen rechiste reciba recibame
    reciban recibase recibele recibeme recibenos recibes recibi recibian recibieran recibies recibile recibime
    recibira recibiran recibiras recibire recibiria recibiriais recibirias recibirla recibirlas recibite recibo
    reciclen recienta reciente reciento recine recinen recio recios recita recitado recitarian recite reciten
    reclinen recluido recluirian recobrado recobran recobrar recobraron recobren recocido recociendo recodado
    recogeria recogerian recogido recogiendo recogiendome recoleta recomenda recomendad recomendadme recomendais
    recomendale recomendame recomendaos recomendar recomendare recomendarme recomendas recomendase recomendate
    recomende recomendeme recomendo recomenza recomenzame recomenzas recomida recomidas recomido recomience
    recomiencen recomiences recomiende recomienden recomiendes recomiendese recomiendo recomiendose recomienza
    recomienzan recomienzas recomienzo recomiera recomieran recomieras recompensa recompensame recompensan
    recompensas reconoces recontado recontar reconviene recordado recordamos recorred recorredlo recorrelo recorria
    recorrian recorrias recorrida recorridas recorridos recorriendo recorrimos recorrio recortado recorvada
    recorvado recorvas recosido recosiendo recriado recriados recrien recta rectados rectamos rectar rectaran recten
    rectificado recto rector recuadrada recuadrar recuadremos recubren recubrian recubririan recudimiento recudirian
    recuenta recuento recuentos recuentro recuerdo recuesta recuestan recuestas recueste recuestes recuesto
    reculares recurrid recurrida recurridlo recurrido recurridos recurrilo recurrio recursos recusado recuseme
    redado redan redara redaran redarian redas redeis reden redescuento redhiben redhibirian rediciones redilado
    redimelo redimiendo redimirian redito redolares redro reduccion reduceme reducido reediciones reeducado
    reelecciones reembolsa reembolsad reembolsado reembolsalo reembolsan reembolsaos reembolsar reembolsas reembolse
    reembolsen reembolses reencuentro reenganche reensayo reenvian reescribanme reescribe reescribeme reescribo
    reescrito refajo refecciones referenciaba referenciad referenciada referenciado referenciais referencial
    referencian referenciar referenciara referenciare referencias referenciase referencie referencien referencies
    referencio referias refinado refirmado refirmar reflecto reformula refrenta refrente refriado refriados refundia
    regacead regacean regacear regaceara regaceare regaceas regadera regadlas regajo regala regalais regalaos
    regalas regalase regalias reganado reganaron reganera reganeron regantes regara regaran regarian regarlas regas
    regatea regateaba regatead regateada regateado regateais regateala regateale regatealo regateame regatean
    regateaos regateara regatearan regatearas regateare regatearen regateares regatearia regatearla regatearle
    regatearlo regatearme regatearon regatearos regatearse regatearte regateas regatease regateate regateen regatees
    regateos regatera regateras regatero regaton regatona regatonear regencia regenta regentad regentan regentar
    regentas regentea regentear regia regias regidlas regila regilas regimiento regirlas regiselo registra registrad
    registrado registralo registran registraos registrar registrarian registraron registras registre registren
    registres registros regite regitivo reglabas reglad regladas reglados reglais reglajes reglamos reglan reglar
    reglaran reglaras reglares reglarse reglase reglasen reglases reglaste regle regles regletas regletear reglo
    regocijar regocijo regodear regoldas regolfas regracias regresos reguelas reguemos regueros regueton reguilas
    regula regulais regulaos regulares regulas regulase regustos rehagale rehara reharan reharian rehartan reherias
    reherrada reherras rehervias rehervida rehervis rehicieron rehiervas rehilado rehuimos rehundia rehusado reido
    reila reilaran reilas reimportada reimportado reinador reinaldo reinaran reines reinventa reinvento reite rejas
    rejitado rejite rejuntar relabran relaja relajado relajalo relajan relajaos relajar relajara relajare relaje
    relajelo relamo relativo relato relavado relavo relazo relegando relejo reles relevada relevame relevaron
    religado relimado relimpia relimpio relojero relvaran relvaron remalles remana remanada remanda remandad
    remandan remandar remandas remanecieron remanecio remaneciste remara remaran remarcan remarcas remarian rembolsa
    rembolse rembolso remes remesado remeta remetido remetieron remienda remiendan remiendas remirado remiro remite
    remitirian remocion remodelo remolieron remonden remontar remordido remos removieron remueva remuevan remuevas
    renacimiento renca rencores rencuentra rencuentre rencuentro renda rendar rendaran rende renden render rendes
    rendicion rendiciones rendida rendidas rendidla rendidlo rendido rendidos rendimientos rendiran rendo renes
    renga rengando rengar rengaran rengas rengo renguera renia renite renombre renos renquera rentabas rentad
    rentadas rentados rentalas rentamos rentan rentanos rentara rentaran rentaras rentare rentaren rentares rentaria
    rentarla rentarle rentarlo rentarme rentaron rentaros rentarse rentarte rentas rente rentista rentistas rento
    renuencia renuencias renuevan renuevas renueve renueven renueves renuevo renuevos renunciaba renunciad
    renunciada renunciado renunciais renunciala renunciale renuncialo renunciame renuncian renunciaos renunciar
    renunciara renunciare renuncias renunciase renunciate renuncie renunciela renuncien renuncies renuncio reobraron
    reorganizacion repacera repaceran repacian repaga repagan repagara repagaran repajo reparaba reparaban reparad
    reparada reparado reparais reparala reparale reparalo reparame reparando reparanos reparaos reparar reparara
    repararan reparare repararen repararon reparas reparase reparasen reparate repare reparela reparen reparo
    reparon reparona reparta repartan repartas reparten repartes repartia repartian repartido repartidos repartir
    repasa repasado repasame repasan repasara repasaran repasarme repastan repatead repatean repatear repateara
    repateare repateas repatria repatrian repazcan repelara repelaran repensar repensarlo repesado repesara
    repesaran repetite repicado repicara repicaran repicate repienso repinado repinara repinaran repine repintar
    repinte repinten repintes repisada repisado repisados repisan repisando repisar repisara repisaran repisare
    repise repita repitase repiten repites repito replantado repletos replicacion repodado repodara repodaran
    repodrido repondre reponerla reponerlo reportada reportado reportan reposado reposara reposaran reposicion
    repoyara repoyaran reprenda reprender representable representadle representadme representale representame
    representan representando representandote representanos representanta representantas representantes representare
    representarle representarme representarse representarte representase representaste representate representativa
    representativas representativo representativos representenle representense represientate reprobacion reprobado
    reprobar reprueba reprueban reprueben repta reptaban reptados reptamos reptar reptara reptaran reptaras reptaren
    reptaria reptarian reptaron repte repto repudran repueblo repuesta repuestas repujara repujaran repuntar
    repurgan reputado reputara reputaran repute requemen requieren requiero requisado requisados requisalos
    requisamos requisan requisanos requisaos requisar requisaros requiselos requisemos requisenos requisito resabran
    resaliendo resalieron resalles resaludo resana resarzan resarzas resbalan resbalar rescinde rescinden rescindido
    rescolde rescolden rescripto rescrito rescritos rescuentro reseca resecada resecame resecciones resega resegada
    reseguimos resellada resellas resenaba resenad resenada resenado resenais resenala resenale resenalo resename
    resenan resenaos resenar resenara resenare resenas resenase resenate resene reseneme resenenme reseno resentia
    resepa reserva reservaba reservaban reservabas reservad reservadas reservadla reservadlas reservadle reservadlo
    reservadme reservado reservados reservais reservala reservalas reservale reservales reservalo reservalos
    reservamela reservamelo reservamos reservan reservando reservanos reservaos reservar reservara reservaran
    reservaras reservare reservaren reservares reservaria reservarla reservarle reservarme reservaros reservarse
    reservarte reservase reservasen reservases reservaste reservate reserveis reservela reservelas reserven reserves
    reservese reses resfriada resfriame resfrias residente residentes residirian resienta resiente resiento resiguen
    resina resinado resisada resisado resisados resisan resisando resisar resisara resisare resise resistan
    resistencia resistero resistio resistor resolucion resolveran resolveros resolviera resolvieran resolvieras
    resolviere resolvieren resolvieres resolviesen resona resorbas resorbido resorbieron respalde respalden respecta
    respecte respecto respectos respeta respetad respetado respetalo respetan respetando respetaos respetar respetas
    respete respetelo respeten respetenme respetes respetos respiran respirando respirenme responda respondan
    respondas responded respondeis respondela respondele respondelo respondeme respondenos respondeos responder
    respondera responderan respondere respondes respondete respondi respondia respondian respondido respondio
    respondo respondon respondona responsa responsan response responsea responsean responsee responseen responsen
    responseo responses responso respuesta respuestas resqueme resquemen resquila resta restaba restaban restabas
    restadas restadlo restadlos restadnos restado restados restales restalle restalles restalos restamos restan
    restanada restanado restanas restando restanos restar restaran restaria restaros restas restauradle restauradme
    restaurale restaurame restauran restaurando restaurandote restauranos restaurantes restaurare restaurarle
    restaurarme restaurarse restaurarte restaurase restauraste restaurate restaurenle restaurenme restaurense reste
    resteaba resteado resteados resteamos restemos resten resteo restos restrega restregar restrego restribe
    restribo resuden resuelto resueltos resuelva resuelvame resuelvan resuelvanme resuelvas resuelvo resuena
    resuenan resuenas resuenen resulteme resulten resuman resume resumela resumele resumeles resumelo resumenes
    resumes resumian resumidme resumiere resumiese resumile resumime resumire resumirme resumite resurgen resurjas
    resurtas resurten retablero retacear retadles retaja retajan retajar retajara retajare retajo retallas retalle
    retalleis retallen retalles retar retara retaran retardan retardes retarian retarles retasado retencion retendra
    retendran retenencia retengas retenta retentad retentar retentas retes retesado retico reticula reticulo
    reticulos retienen retienta retinado retinirian retino retira retirado retiralo retiraos retire retirelo retiros
    retomarian retorcelo retorceos retorces retorcido retraccion retraduce retraducir retransmision retratan
    retrataron retretas retro retroceda retrocede retrocedi retrocedio retrocedo retrocesos retuerto retuertos
    retuesta retuestas retueste retuestes retuesto retumben retundia reubicados reumaticas reumatico reumaticos
    reunta reuntar reuntara reuntare revaluad revaluan revaluar revaluas revaluen revase reveanla revelado revena
    revenaba revenada revenado revenara revenda revendan revendas revendedor revendedora revenden revender revendes
    revendia revendida revendido revendiendo revendieron revendio revendra revenga revengan revengas revenia
    revenian revenias revenida reventaba reventad reventada reventado reventais reventala reventale reventalo
    reventame reventaos reventar reventara reventare reventas reventase reventate revente reventela revento revera
    reveras reverencia reverenciad reverencial reverencian reverenciar reverencias reverencie reverencio reveria
    reverian reverias reverla reverlas reverosla reversar reversas reverse reversela reversion reverso reversos
    revertia revertir reves revesa revesada revesado revesados revesan revesando revesar revesara revesare revese
    revestia revezado revidada revidado revidados revidan revidando revidar revidara revidare revidase revide
    reviendo revienta revientan revientas reviente reviento revieran revieras reviernes revierta reviese reviesen
    revieses revinar revine revirada revirado revirados reviran revirando revirar revirara revirare revirase revire
    reviro revisa revisaba revisaban revisad revisada revisadas revisadla revisadle revisadlo revisadlos revisadme
    revisadnos revisados revisais revisala revisale revisalo revisalos revisame revisamos revisando revisanos
    revisaos revisara revisaran revisaras revisare revisaren revisares revisaria revisarla revisarle revisarlo
    revisarme revisaron revisaros revisarse revisarte revisas revisase revisasen revisate reviseis revisela revisele
    reviselo reviseme revisen revises revision reviso revisor revisora revistad revistada revistado revistados
    revistan revistando revistar revistara revistare revistas reviste revisten revistero revistes revistio revivalo
    revivan revive revivian revivido revivirian revocado revolado revolucion revoluciona revolucione revoluciono
    revolvieran revolvieren revolvieron revotado revuelan revuelcan revuelco revuelta revuelto revueltos revuelva
    revuelvame revuelvan revuelvanme revuelvanse revuelvas revuelve revuelven revuelvo reyara reyaran reyarian
    reyertas reyes rezara rezaran rezarian rezumen rezurcia ricen rices ridicula ridiculas ridiculez ridiculizo
    ridiculos riegalas rielaran riendo rientame rifes rigentes riges rigiendo rigieron rilas riles rimarian rimes
    rinas rinda rinden rindes rindiendo rindieron rindo rinen rinese ringles riostrar ripiaran riquisimos riscales
    riscando roana robado robar robarian robarla robarlas robarlo robarlos roblamos roblando roblares roblaron roble
    roboraron robos robots robrar roche roches rocien rodad rodada rodadero rodadizo rodadlo rodadlos rodadnos
    rodador rodadora rodados rodalo rodando rodarian rodas rodeadlo rodeado rodeador rodeados rodealos rodeando
    rodeelos rodio rogado rogarian rogativo roguemos roido rolado rolar rolareis rolares rolarian roldado roldados
    roldando roldares roldaron roles rollares rollaron rollo roman romanaba romanad romanada romanado romanais
    romanan romanar romanara romanare romanas romanase romanato romancea romane romanea romanead romanean romanear
    romaneas romang romani romanica romanina romaniza romano romanza romanzad romanzan romanzar romanzas romas
    romaza romina romperan romperos ronado ronando ronarian roncando rondadlo rondado rondador rondados rondando
    ronde rones ronzando roque rorado rorarian rorarias rosado rosarian rosarios roscando roscones rosero rosetones
    rosiguen rostamos rosto rotado rotar rotarian rotor rotores rotos rozado rozarian roznando ruado ruaremos
    rubricada rubricado rubricados rubricaron rucho rueda ruedan ruede rueden ruedes ruedo ruega ruego rugar ruges
    rugido rugiendo rugieren ruguemos ruidos ruindades ruines ruino rulas ruleis rulen rulos rumana rumano rumbe
    runes ruquemos rusco rusentar rusta rustamos rustiria rusto rutes sabadeno sabadenos sabalero sabalo sabalos
    sabana sabea sabeas sabed sabedlos sabednos sabeis saben sabeo sabeos saber sabiamos sabido sabidos sabiendo
    sabina sabio sabiondo sableado sableados sableamos sableando sablero sableros sables sabres sacadlos sacadnos
    sacado sacadora sacados sacana sacanete sacarino saces sachados saciados saciando saciedad sacienlo sacio
    sacudios sacudo saeta saetados saeto sagrados sagrario saina sainados sainaron sajado sajados sajar sajen sajes
    sajon saladito saladlos saladnos salado saladora salados salan salao salarais salareis salaria salariad
    salariado salarial salarian salariar salarias salarie salarien salaries salarios salarlo salarlos salarnos
    salcedos salcocha salcoche salcocho salda saldados saldando saldaria saldarlo salde saldos saleaban saleados
    saleando salearan salearia salegando salen saleo sales salesiana salesiano salgados salgando salgaria salgaron
    salgo salia salibo salico salid salidlos salidnos salido salidos saliendola saliendole saliendolo saliendome
    saliendoos saliendose saliendote saliente salilo salinero salino salios salir salis salivado salivando salivare
    salivase salivo salla sallados sallamos sallando sallaria salle sallo salmados salmando salmaria salmeado
    salmeando salmo salmon saloa salobres salol salou salpo salsa salseado salseando salso salta saltados saltando
    saltaria saltarlo salteado salteando salteara salterio salto salud saluda saludado saludados saludais saludalo
    saludalos saludamos saludanos saludaos saludaros saludas saludase salude saludeis saludelo saludelos saludemos
    saludenos saludes saludese salvable salvadle salvadme salvadora salvados salvajez salvale salvales salvame
    salvando salvante salvare salvaren salvares salvaria salvarle salvarlo salvarme salvarse salvarte salvase
    salvasen salvases salvaste salvate salvo samaca saman samanga samanta samantas samario samarios samio samoana
    samoanas samotana sanacion sanaciones sanadlos sanadnos sanado sanador sanadora sanados sanaron sancion sanciona
    sancionan sancione sanciones sanciono sanco sancocha sancochad sancochado sancochan sancochar sancochas sancoche
    sancochen sancoches sancos sancta sandiego sanea saneados sanearla sanearlo sanearon saneo sanes sango sanidades
    sanja sanjados sanjaron sanjo sansa sanso sansones santas santiagos santiguo santol santon santos santucho
    sanudo sanudos saqueate saquete saquetes sarde sardes sardo sardones sargados sargente sarmenta sarro sarros
    sarta sayon sayones sazon seais sebado sebados sebes secador secadora secan secantes secciones secrestar secreta
    secretaba secretabas secretad secretada secretadas secretado secretados secretais secretala secretalas secretale
    secretales secretalo secretalos secretame secretamos secretan secretanos secretaos secretar secretara secretaras
    secretare secretares secretaros secretarse secretase secretasen secretases secretaste secretate secrete secretea
    secretead secreteais secretean secretear secreteas secretease secretee secretees secreteis secretelas secretelo
    secreten secreteo secreter secretes secretor secretora secretoras secretos sectador sectores secuela secuelas
    seculares secura sedad sedadles sedadnos sedal sedales sedanos sedantes sedar sedareis sedares sedarian sedarles
    sedarnos sedas sedaseis sedases sedativo sedean sedeares sedeases sedeaste seden sedentes sedes sediciones
    seduccion seducido seducimos seductor sedujimos segador segadora segara segarlos segarnos segaros segregas segue
    seguelos seguemos seguenos seguetas seguia seguiais seguiamos seguidas seguidlos seguidnos seguidor seguidos
    seguilas seguiles seguilos seguimelos seguinos seguios seguira seguiran seguiras seguiremos seguiria seguirla
    seguirlo seguirlos seguirnos seguiros segundos segur segurar seguras segures seleccionas seleccione seleccioneis
    seleccionen selecciones seleccionese selectivo selector sellador sellares semanal semanas semanera semillas
    semos senado senadora senadoras senadores senados senderan senderes seniores senoreas senorees senores senos
    sensoria sensorias sensorio sensorios sensual sensuales sensualidad sensualmente senta sentabas sentadas
    sentados sentalas sentamos sentanos sentar sentaras sentaren sentares sentarlo sentas sente sentimiento sentimos
    sentinas sentira sentiran sentiras sentires sentiria sentirla sentiroslos sentiste sento sentones sepan separa
    separan separando separenme sepia septimos sequedad sequemos sequeros sequitos sequizos serafico seran seraneas
    seranees serba serbia serbio serdan serenate sergio seriad seriadas seriado seriados serial seriamos serian
    seriando seriar serias seriedades serien series serijo serios serla serle serlo serme serna serpa serra serrado
    serrador serrados serramos serrando serranos serratos serre serremos serretas serro serse serte servador servia
    serviais servible servicia serviciad serviciado servicial servician serviciar servicias servicie servicien
    servicies servicios servidlo servimos servio serviria servirlo servo seseados seseamos sesena sesgados sesgamos
    sesgaros sesguemos sesos sesteaba sesteado sesteados sesteamos setas severa sexan sicologia siegue sieguen
    siendo sientame sierra sierran siesta siglo signa signe signen significaba significad significada significado
    significais significala significale significalo significame significan significaos significar significara
    significare significas significase significate significo signos siguenos sigues sigui siguin silabado silabados
    silbados silencia siles silgaron silgue silguen sillas simana sinanche sinceres singales singleis singles singo
    singue singuen sintieran sintieren sintieres sintieron sintio sirgue sirguen siria sirio sirle sirte sirva
    sirvan sirves sirvo sismo sistemas sistemica situe situen soasados sobadlos sobadnos sobado sobados sobarian
    sobes sobrados sobran sobrar sobraran sobraren sobraron sobriedad socializacion sociedad socolores socorrido
    sodas sogueros solanera solar solareis solares solarian soldares soldaron soldo soleares solearon solera solero
    soletear soletera soleteras soletero soleteros solevaron solfeara solicita soliendo soliera solieran solieras
    solio sollamen soltara soltaran soltaras soltares soltaria soltarla soltarlo soltaron soltaros soltemos solteras
    solteria solterias solteros soltura solturas soluciona solucionad solucionan solucionar solucionas solucione
    solucionen soluciones soluciono somarran somas sombraron sombre sombreros sometera sometido sometieron sonador
    sonadora sonarian sonde sonoches soparian soplares soportada soportado sorberia sorberos soria soros sorteara
    sortera sorteras sortero sorteros sostenes sotar sotera sotos suavidad subastaba subastad subastada subastado
    subastais subastala subastale subastalo subastame subastan subastaos subastar subastara subastare subastas
    subastase subastate subaste subasten subastes subasto subes subiendo subieren sublimacion sublimada sublimado
    sublimaron subsista succiona succionan succiones sucedamos sucesorios suciedad sucrenas sudan sudanes sudanesa
    sudantes sudaremos sudarian suela suelda suelde sueldos suele suelo suelta sueltame suelte suelto suenas sueno
    suenos suero suertera suertero suertes sueste sueva suevas suevo suevos sugerente sugerian sugeridor sugerios
    sugerite sugieren sumarian sumerios sumiendo sumieren supera superador superadora superando superaos superate
    supere superenme superiora superioras superiores supermercados supernos supero superpon supervino supervisa
    supervisad supervisan supervisaos supervisar supervisara supervisare supervisas supervise supervisen supervises
    supervision superviso supervisora supervisoras supervisores superyos supieren suplantado suplicacion suplicada
    suplicado suplicaron supliendo suplieron suponerla suponerlo suportada suportado suposicion supresor suprior
    supriora supuesta supuestas supuestos suputado surcando surdamos surte surtidos suscribanme suscribe suscribeme
    suscribo suscrito suspendian suspendio suspensiones suspensiva suspensivo suspensivos suspenso suspensos susto
    sustraia susurrales suturales tabancos tabardos tabea tabes tabicados tabicaria tabina tablados tablajero
    tablamos tablando tablar tablaron tablazos tableado tableamos tableando tableara tableare tablearon tablemos
    tableo tablera tableras tableros tableteo tablo tablonero tabon tabulame tabulamos tabulando tacano tacar tacen
    tacho tacon taimarian taina tajadora tajar tajarian tajea tajen tajon tajuela tajuelas taladora talar talarian
    talea talen talero talio talisman talla tallamos tallando tallar talle tallecer tallen talleres talles talludos
    talon tamalero tamana tamara tamberos tamos tampico tampon tanar tanarian tanaron tancaron tanco tanen taner
    tanga tangaron tangas tangente tango tanta tanto tapadora tapan tapar taparian tapen tapenlas tapiaria tapiceis
    tapicela tapicenla tapicera tapiceras tapicerias tapicero tapiceros tapieles tapiscaria tapizaria tapoa tapona
    tapone taponeria tapono taque taran tarar tararian tarata tarazaron tarbea tarda tardaban tardad tardales
    tardando tardanos tardanza tardar tardaran tardaren tardares tardaron tardas tardasen tardases tardea tardeais
    tardean tardeas tardease tardecen tardeces tardee tardeeis tardees tardeis tardelas tardelos tardemos tarden
    tardenos tardense tardeo tardese tardisimo tardo tardos tareas taren tares tarja tarjan tarjaron tarje tarjes
    tarma taroa tarqueno tarquina tarra tarro tarros tarta tartaros tasaciones tasad tasado tasadora tasame tasan
    tasara tasare tasarian tasarme tasas tascando tascar tascaron tasdan tases tastar tatuaron taxon tazar tazarian
    tazon techa teche techos teclo tecoh tedas tejan tejar tejarian tejaron tejas tejer telefonazo telefonea
    telefonee telefoneo telefonia telefonico telefonos telonero teman tematica tematicas tematicos temen temer
    temerian tempanaba tempanad tempanada tempanadas tempanado tempanara tempano tempanos temperado temperan
    temperando temperara temperaturas templado templalo templando templanos tempo temprana tempranas tempranea
    tempranee tempraneo tempranero tempranito tempranos tenacera tenas tenca tencas tendedera tendedor tendedora
    tendedoras tendedura tendejon tender tendera tenderan tenderas tenderia tenderian tenderla tendes tendia tendian
    tendida tendidas tendido tendidos tendiendo tendiera tendieran tendieren tendieron tendio tendras tendre tendria
    tendrian tendrias tened tenedora tenencia tenes tengais tengalas tengalos tengamos tengan tenganse tengase tenia
    tenias teniendo tenir tenira teniran tenirian tenjanas tenjo tenla tenlas tenlo tenor tensa tensadlo tensales
    tensar tensaran tensares tensarla tensarle tensarlo tensarlos tensas tenso tensones tensoras tensores tenta
    tentabas tentadas tentador tentados tentalas tentamos tentanos tentar tentaran tentaras tentaren tentarlo
    tentaron tentas tente tento tenza tenzanas teologia terca tercena tercenas tercenca tercer terceras tercerea
    terceread tercerean tercerear tercereas terceree tercereo terceres tercero tercerola terceros terciado terciados
    terciara ternera terneras teros terrado terrados terrazos terreado terreamos terreara terrecera terrera terreras
    terribles terriblez terribleza tersados tersamos tesar tesarian tesen teses tesos testaba testaban testabas
    testadas testadlo testadlos testadnos testado testador testados testalos testamos testan testando testanos
    testarada testaria testaron testaros testas testeaba testeado testeados testeamos testemos testen testificado
    testo testudos tetanica tetanico tetarian teutones texturas tiemplo tiempos tienda tiendame tiende tienden
    tiendo tienes tientame tiente tienten tierra tiesta tilas tillas tille timan timarian timarias timen tinen tines
    tinge tingles tingo tinguina tintares tintaron tinteros tintura tinturad tinturan tinturar tinturas tintures
    tipicamente tiple tipologia tique tiranico tirantes tirarian tiritaron tiros tirulo tisica titad titarian titee
    titile titilo titubo titula titulado titulalo titulaos titule titulizo titulos tizne tiznen toadas toados
    toallero toarian toasen tobas tocan tocarian tocarias tocas tocen toche toches tocho tofos togas toisones tojos
    tolas toldares toldaria toldarian toldaron toldas toldos toller tollo tolmo tomad tomar tomarais tomaran tomaria
    tomariais tomarias tomarlas tomas tomasina tomatlan tomay tomes tomin tomos tonan tonarian tonarias tonarios
    tonas tondos tonen toner tonga tongas tongo tonos tonteado tonteras tonteria tonto topan toparian toparias topas
    topearian topen topinas topos toqueado toquen toques toracico torcera torceran torceras torceria torcerla
    torciendo torciera torcos tordas tordos torea torearian toreenla toreos torgos torios tormentar tormentas
    tormentila tormento tormentos tormentosa tormos tornarian tornos torosa toroso torramos torrarian torraron
    torrea torreido torrente torreo torrido torridos torsiones torso torsos torvos torzones tosan tosas tosen
    toserian tosiendo tosiguen tostacion tostados tostales tostamos tostanos tostares tostaria tostarian tostaron
    tostases tosto totalizacion totos tours tovas tozan tozarian tozarias tozas tozos trababan trababas trabadas
    trabadlo trabado trabados trabaja trabajaba trabajaban trabajad trabajada trabajado trabajador trabajais
    trabajala trabajale trabajalo trabajame trabajando trabajanos trabajante trabajaos trabajara trabajaran
    trabajaras trabajare trabajaren trabajares trabajaria trabajarla trabajarle trabajarlo trabajarme trabajaron
    trabajaros trabajarse trabajarte trabajas trabajase trabajasen trabajate trabaje trabajelo trabajen trabajes
    trabajito trabajos trabajosa trabajoso trabalas trabalo trabalos trabamos traban trabanco trabando trabanos
    trabaran trabaras trabaren trabarian trabarla trabarlo trabaron trabaros trabasen trabazon trabe trabo trabones
    trabucan trabucar tracciones trace tracias tracto tradicion traduccion traduceme traducen traduces traduci
    traducia traducian traducias traducid traducida traducido traducila traducile traducilo traducime traducios
    traducira traduciran traduciras traducire traduciria traducirla traducirle traducirlo traducirme traduciros
    traducirse traducirte traducis traducite traductor traduje traduzca traduzco traed traen traera traere traes
    trafagan trafagar trafica traficad traficado trafican traficar traficas traficos trafulco tragaban tragan
    tragaran tragaren tragarla tragarlo tragaron tragaros tragico tragicos trago tragones traian traicion traiciona
    traicione traiciono traje trajearon trajeron trajo tramaban traman tramaran tramaren tramarian tramaron trame
    tramitan tramitaron tramo trampazo tramposo trancaron tranceis trances transada transado transaron
    transferencias transferi transferia transferian transferias transferid transferida transferido transferidor
    transferila transferile transferilo transferime transferios transferira transferiran transferiras transferire
    transferiria transferirla transferirle transferirlo transferirme transferiros transferirse transferirte
    transferis transferite transfiera transfieran transfieras transfierase transfieren transfieres transfiero
    transfigure transfigureme transfiriere transfirio transflore transfrete transfusion transicion transigiere
    translitere transmigre transmisiones transmisor transmitian transmitio transmitios transparencia transpire
    transpuso transvaso tranzaron trapazan trapazar trape trapearon trapo traro trascabo trasdoso trasferencia
    trasferencias trasferi trasferia trasferid trasferir trasferira trasferire trasferis trasfiera trasfiere
    trasfiereme trasfieren trasfieres trasfiero traslacion traslado traslapo traslato trasluce traslucir trasmano
    trasmato trasmision traspala traspale traspaleo traspalo traspasa traspasad traspasado traspasalo traspasan
    traspasaos traspasar traspasas traspase traspaselo traspasen traspases traspasos traspatio traspiro traspuse
    traspuso trastajo trastean trastearon trasteso trasto trasvasa trasvase trasvaso trasviere trata trataban tratad
    tratador tratados tratalos tratamos tratando tratanos tratante tratar trataran trataras trataren tratares
    trataria tratarian tratarla tratarle tratarlo tratarlos tratarme tratarnos trataros tratarse tratarte tratas
    tratasen trate traten tratos traversa trazaban trazan trazaran trazaren trazaron trazaros trazo trebejan
    trebejar trecho tremaran tremarian tremaron trenos trente trepaban trepador trepanan trepara treparan treparas
    treparen treparia treparian treparla treparon triarian trigonal trinaron trines tripe trisaron trispasto
    tritones trizaron trocarian trocarla trocarlo trocaron trofico troficos trompara tromparian tronando tronarian
    tronaron troque trotan trotaran trotaren trotarian trotaron troto trovarian trovaron trozarian trozarla trozarlo
    trozaron truca trucaron trucas truco trucos trufaron tudas tuera tuertas tuerto tuesta tuestan tules tuman tumba
    tumbarian tumben tumbes tumbo tunarian tunca tundamos tundiendo tundieron tundiran tundra tunes tunicados
    tupieren turba turbe turbio turbon turbos turco turifico turno turpo turramos turro tusada tusadas tusado
    tusados tusar tusarian tusen tuvieren ubicabas ubicaciones ubicadas ubicadla ubicadlas ubicadle ubicadles
    ubicadlo ubicadlos ubicadme ubicadnos ubicado ubicalas ubicales ubicalos ubicamos ubicando ubicandoos ubicandose
    ubicanos ubicaos ubicaras ubicares ubicarian ubicarlos ubicarnos ubicaron ubicaros ubicases ufanaron ulcerado
    ulterior ultima ultimado ultimalo ultimaos ultime ultimos ululares umero umeros uncieron unciones ungiendo
    unicidad unicidades unida unidas unidores universalidad universidades upada upadas upado upados urato urden
    urdiales urdiendo urente urgencia urgiendo urodelos usaba usabamos usabas usadla usadlas usadlo usadlos usadnos
    usala usalas usalo usalos usamos usando usandoos usandose usanos usaos usara usaras usaros usicayos usuradas
    usurados utillaje uvada uvadas vacacion vacacional vacacionales vacantes vacaste vacatura vaciante vaciantes
    vaciarte vaciaste vacilaciones vacilante vacunate vadeo vados vagancia vagante vagantes vagar vagina vagos
    vaguemos vaguidas vahen vahos vaida vainas valar valares valdran valdreis valdrian valed valedero valedores
    valencia valer valeres valerles vales valiendo valiente valieran valieres valio valla vallamos vallando vallaran
    vallares valle vallen valora valoraba valoraban valorad valorada valorado valorais valorala valorale valorales
    valoralo valorame valorando valoranos valoraos valorar valorara valoraran valorare valoraren valorares valoraron
    valoras valorase valorasen valorases valorate valore valorea valoread valoreais valorean valorear valoreas
    valorease valoree valoreeis valoreen valorees valoreis valorela valorelas valorelo valorelos valoremos valoren
    valorense valoreo valorese valorices valorizan valoro valsa valsaran valsares valsen valso valuaciones valuados
    valuan valuaran valuares valuen valuo valvares vanearon vanidades vanos vapor vaporan vaporean vaporeas vaporees
    vaporeis vapores varea vareador varen variaciones variados varian variante variedad varita vasallos vasar vasas
    vaselina vasos vasta vasto veala vealo veamos vector vedad vedan vedarian veden vedes vedia vedla vedlo vegueros
    veintavas veintenas vejaciones vejalo vejan vejar vejaron vejas velen vello velonero velos venadero venado venas
    vencedor vencedora vencedoras vencen vencer vences vencida vencidas vencido vencidos venciendo vencieran
    vencieren vencieron vencimiento vencio venda vendabas vendad vendada vendadas vendadla vendadlo vendado vendados
    vendalas vendales vendan vendando vendanlas vendanos vendar vendaran vendaras vendaren vendares vendarlo
    vendaron vendas vendasen vendases vende vended vendedla vendedle vendedlo vendedlos vendedme vendednos
    vendedoras vendedores vendeis vendejas vendelas vendeles vendelos vendemos vendenla vendenlo vendenme vendenos
    vendeos vendera venderan venderas vendere venderia venderla venderle venderlo venderme venderos venderse
    venderte vendetas vendi vendia vendidas vendidos vendiendola vendiendole vendiendolo vendiendome vendiendoos
    vendiendose vendiendote vendiera vendieran vendieras vendiere vendieren vendieres vendies vendiese vendiesen
    vendimia vendimio vendimos vendis vendos vendra vendran vendre vendreis vendrian venencia venerada venga
    vengabas vengadas vengador vengadora vengalas vengando venganos venganzas vengaras vengarlo vengas vengativo
    vengo venia venial venias venida venidera venidero venideros venidles venido venos ventabais ventaban ventabas
    ventad ventadas ventados ventais ventaja ventajea ventajead ventajeais ventajean ventajear ventajeas ventajease
    ventajee ventajees ventajeo ventajosa ventajosas ventajoso ventalla ventallas ventalle ventalles ventamos
    ventana ventanal ventanales ventando ventanea ventanead ventaneais ventanean ventanear ventaneas ventanease
    ventanee ventanees ventaneo ventaneras ventanos ventar ventarais ventaran ventaras ventaren ventares ventarias
    ventarse ventase ventasen ventases ventaste vente ventea venteabas venteada venteadas venteais ventearas venteas
    ventease venteras ventilas ventisca vento ventolas ventoras ventores ventosas ventruda venturas venturosos
    venustas venza venzas venzo verba verbo verdades verdal verdead verdeada verdeado verderon verdes verdiales
    verga vergueaba vergueada vergueara verguenzas vergueta veria veriamos verificado verja verlas verle verlos
    vermus veros verracos versa versad versados versamos versaron versas verses versiculo versiculos versificado
    versiona versionad versionan versionar versionas versione versionen versiones versiono verso versos vertamos
    vertedor vertedora vertible vertidos vertiendo vertieron vesicula vesiculas vesiculosa vesiculoso vespero
    vesperos vestiamos vestidos vestimos vetadles vetar vetarles vetas vetos viaja viajante viajen viajes viajo
    viale viarios vibra vibradas vibrados vibraron vibre vicarios vicha viciaron victo victoria vides vidriados
    vidriais vidrialos vidriamos vidrianos vidriaos vidriaros vidrias vidriase vidrieis vidrielos vidriemos
    vidrienos vidrieros vidries vidriese vidrio vidriosa vidriosas vidrioso vidriosos viendalo viendame viendelo
    viendese viendola viendole viendolo viendome viendoos viendose viendote vienen vienes vienta vientas viente
    viento viere vieres viertes viese vigencia vigentes vigoraron viles villaje villajes villas vimos vinarios
    vinedo viniendo vinieres vinieron vinta vintas vinto violares viota viraje virenles virginal visajeros visar
    visco visea viseando viseo visionarlos visita visitadlas visitadles visitadlo visitadlos visitadnos visitados
    visitalas visitales visitalo visitalos visitamelos visitamos visitanos visitaos visitarais visitaramos visitaras
    visitareis visitaremos visitares visitarias visitarla visitarlas visitarle visitarles visitarlo visitarmelos
    visitarnos visitaron visitaros visitaroslos visitarselos visitartelos visitaselos visitelos visitenlos visito
    visorios vistamos vistan vistas viste vistea visteo vistieron vistio vistos vitad vitar vivarios vivencia
    viviendo vivieron vocacion vocaciones vocal volantas volar volareis volares volarian volarles volatero volcares
    volcaron voleares volearon volitiva volqueada volqueado volquearon volteara volvelas vomitarlos votaciones votad
    votan votara votare votarian votas votos vuela vuelca vuelco vuele vuelos vueltas vuelto vuelva vuelvanme vuelvo
    vusted vustedes yaciendo yacieron yanga yanta yendo yente yermados yermamos yesos yodado yodos yugueros
    yugulemos yunta zabordado zabordamos zaboyado zahora zaina zalla zallamos zallando zalle zambia zambio zambios
    zamino zanco zancos zanga zanjarla zanjarlo zanjarme zanjaron zapallos zaparrada zarcas zendo zocatead zodiacal
    zodiacos zomas zoologia zoque zorrea zorreo zuela zumbe zunes zurdamos zurramos
    """
}
