-- The vocational training and secondary vocational education (СПО) extension's own tables:
-- applications, the programme of a membership by academic year, transfers between courses,
-- annual marks, diplomas and certificates, joint projects with employers and the employment of
-- graduates. Every row is about a registry person (and, where known, one of their learner
-- memberships) and is found again by the source that sent it and the source's key: the same entry
-- written twice changes nothing. The registry's ids are not foreign keys: the registry's tables
-- are not this bundle's to reference, and a person merged moves these rows through the bundle's
-- merge participant. Rows generated for a demo region have the source 0.
CREATE SCHEMA IF NOT EXISTS vocational;

-- The extension's dictionaries, with the names officials read. The codes are what sources send
-- and what the CHECKs below allow; VocationalDictionaries in the bundle holds the same entries
-- (the specialties from its resource dictionary/specialty.csv).
CREATE TABLE vocational.dictionary_entry (
    dictionary text    NOT NULL,
    code       text    NOT NULL,
    name       text    NOT NULL,
    sort_order integer NOT NULL,
    PRIMARY KEY (dictionary, code)
);

INSERT INTO vocational.dictionary_entry (dictionary, code, name, sort_order) VALUES
('programme-kind', 'vocational-training',   'Профессиональное обучение',                                         10),
('programme-kind', 'skilled-workers',       'Подготовка квалифицированных рабочих, служащих',                    20),
('programme-kind', 'mid-level-specialists', 'Подготовка специалистов среднего звена',                            30),
('diploma-kind',   'diploma',                   'Диплом о среднем профессиональном образовании',                 10),
('diploma-kind',   'qualification-certificate', 'Свидетельство о профессии рабочего, должности служащего',       20),
('diploma-kind',   'study-certificate',         'Справка об обучении или о периоде обучения',                    30),
('involvement',    'participation',         'Участие в проекте',                                                 10),
('involvement',    'execution',             'Самостоятельное выполнение части проекта',                          20),
('involvement',    'leadership',            'Руководство проектом или командой',                                 30),
('application-status', 'registered',        'Зарегистрировано',                                                  10),
('application-status', 'enrolled',          'Зачислен',                                                          20),
('application-status', 'refused',           'Отказано',                                                          30),
('application-status', 'withdrawn',         'Отозвано заявителем',                                               40);

-- Specialties (NN.02.NN) and professions (NN.01.NN) of СПО, ОКСО codes: from the Rosobrnadzor
-- accreditation registry's open data (see the resource dictionary/specialty.csv).
INSERT INTO vocational.dictionary_entry (dictionary, code, name, sort_order) VALUES
('specialty', '05.02.01', 'Картография', 10),
('specialty', '07.02.01', 'Архитектура', 20),
('specialty', '08.01.04', 'Кровельщик', 30),
('specialty', '08.01.05', 'Мастер столярно-плотничных и паркетных работ', 40),
('specialty', '08.01.06', 'Мастер сухого строительства', 50),
('specialty', '08.01.07', 'Мастер общестроительных работ', 60),
('specialty', '08.01.08', 'Мастер отделочных строительных работ', 70),
('specialty', '08.01.09', 'Бухгалтерский учет, анализ и аудит', 80),
('specialty', '08.01.18', 'Электромонтажник электрических сетей и электрооборудования', 90),
('specialty', '08.01.19', 'Электромонтажник по силовым сетям и электрооборудованию', 100),
('specialty', '08.01.21', 'Монтажник электрических подъемников (лифтов)', 110),
('specialty', '08.01.22', 'Мастер путевых машин', 120),
('specialty', '08.01.24', 'Мастер столярно-плотничных, паркетных и стекольных работ', 130),
('specialty', '08.01.25', 'Мастер отделочных строительных и декоративных работ', 140),
('specialty', '08.01.26', 'Мастер по ремонту и обслуживанию инженерных систем жилищно-коммунального хозяйства', 150),
('specialty', '08.01.27', 'Мастер общестроительных работ', 160),
('specialty', '08.01.28', 'Мастер отделочных строительных и декоративных работ', 170),
('specialty', '08.01.29', 'Мастер по ремонту и обслуживанию инженерных систем жилищно-коммунального хозяйства', 180),
('specialty', '08.01.30', 'Электромонтажник слаботочных систем', 190),
('specialty', '08.01.31', 'Электромонтажник электрических сетей и электрооборудования', 200),
('specialty', '08.02.01', 'Строительство и эксплуатация зданий и сооружений', 210),
('specialty', '08.02.02', 'Строительство и эксплуатация инженерных сооружений', 220),
('specialty', '08.02.05', 'Строительство и эксплуатация автомобильных дорог и аэродромов', 230),
('specialty', '08.02.07', 'Монтаж и эксплуатация внутренних сантехнических устройств, кондиционирования воздуха и вентиляции', 240),
('specialty', '08.02.08', 'Монтаж и эксплуатация оборудования и систем газоснабжения', 250),
('specialty', '08.02.09', 'Монтаж, наладка и эксплуатация электрооборудования промышленных и гражданских зданий', 260),
('specialty', '09.01.01', 'Наладчик аппаратного и программного обеспечения', 270),
('specialty', '09.01.02', 'Наладчик компьютерных сетей', 280),
('specialty', '09.01.04', 'Наладчик аппаратных и программных средств инфокоммуникационных систем', 290),
('specialty', '09.01.05', 'Оператор технической поддержки', 300),
('specialty', '09.02.01', 'Компьютерные системы и комплексы', 310),
('specialty', '09.02.02', 'Компьютерные сети', 320),
('specialty', '09.02.03', 'Программирование в компьютерных системах', 330),
('specialty', '09.02.04', 'Информационные системы (по отраслям)', 340),
('specialty', '09.02.05', 'Прикладная информатика (по отраслям)', 350),
('specialty', '10.01.19', 'Флористика', 360),
('specialty', '10.02.03', 'Информационная безопасность автоматизированных систем', 370),
('specialty', '11.01.01', 'Монтажник радиоэлектронной аппаратуры и приборов', 380),
('specialty', '11.01.02', 'Радиомеханик', 390),
('specialty', '11.01.04', 'Монтажник оборудования радио- и телефонной связи', 400),
('specialty', '11.01.05', 'Монтажник связи', 410),
('specialty', '11.01.06', 'Электромонтер оборудования электросвязи и проводного вещания', 420),
('specialty', '11.01.07', 'Электромонтер по ремонту линейно-кабельных сооружений телефонной связи и проводного вещания', 430),
('specialty', '11.01.11', 'Наладчик технологического оборудования (электронная техника)', 440),
('specialty', '11.02.06', 'Техническая эксплуатация транспортного радиоэлектронного оборудования (по видам транспорта)', 450),
('specialty', '11.02.09', 'Многоканальные телекоммуникационные системы', 460),
('specialty', '11.02.10', 'Радиосвязь, радиовещание и телевидение', 470),
('specialty', '11.02.11', 'Сети связи и системы коммутации', 480),
('specialty', '12.01.07', 'Электромеханик по ремонту и обслуживанию электронной медицинской аппаратуры', 490),
('specialty', '12.01.09', 'Мастер по изготовлению и сборке деталей и узлов оптических и оптико-электронных приборов и систем', 500),
('specialty', '13.01.01', 'Машинист котлов', 510),
('specialty', '13.01.02', 'Машинист паровых турбин', 520),
('specialty', '13.01.03', 'Электрослесарь по ремонту оборудования электростанций', 530),
('specialty', '13.01.04', 'Слесарь по ремонту оборудования электростанций', 540),
('specialty', '13.01.05', 'Электромонтер по техническому обслуживанию электростанций и сетей', 550),
('specialty', '13.01.06', 'Электромонтер-линейщик по монтажу воздушных линий высокого напряжения и контактной сети', 560),
('specialty', '13.01.07', 'Электромонтер по ремонту электросетей', 570),
('specialty', '13.01.10', 'Электромонтер по ремонту и обслуживанию электрооборудования (по отраслям)', 580),
('specialty', '13.01.14', 'Электромеханик по лифтам', 590),
('specialty', '13.01.15', 'Машинист энергоблока', 600),
('specialty', '13.01.16', 'Электромонтер по техническому обслуживанию и ремонту оборудования подстанций и сетей', 610),
('specialty', '13.02.01', 'Тепловые электрические станции', 620),
('specialty', '13.02.03', 'Электрические станции, сети и системы', 630),
('specialty', '13.02.06', 'Релейная защита и автоматизация электроэнергетических систем', 640),
('specialty', '15.01.13', 'Монтажник-наладчик технологического оборудования', 650),
('specialty', '15.01.17', 'Электромеханик по торговому и холодильному оборудованию', 660),
('specialty', '15.01.18', 'Машинист холодильных установок', 670),
('specialty', '15.01.20', 'Слесарь по контрольно-измерительным приборам и автоматике', 680),
('specialty', '15.01.21', 'Электромонтер охранно-пожарной сигнализации', 690),
('specialty', '15.01.22', 'Чертежник-конструктор', 700),
('specialty', '15.01.23', 'Наладчик станков и оборудования в механообработке', 710),
('specialty', '15.01.25', 'Станочник (металлообработка)', 720),
('specialty', '15.01.26', 'Токарь-универсал', 730),
('specialty', '15.01.27', 'Фрезеровщик-универсал', 740),
('specialty', '15.01.30', 'Слесарь', 750),
('specialty', '15.01.31', 'Мастер контрольно-измерительных приборов и автоматики', 760),
('specialty', '15.01.32', 'Оператор станков с программным управлением', 770),
('specialty', '15.01.33', 'Токарь на станках с числовым программным управлением', 780),
('specialty', '15.01.34', 'Фрезеровщик на станках с числовым программным управлением', 790),
('specialty', '15.01.35', 'Мастер слесарных работ', 800),
('specialty', '15.01.36', 'Дефектоскопист', 810),
('specialty', '15.01.37', 'Слесарь-наладчик контрольно-измерительных приборов и автоматики', 820),
('specialty', '15.01.38', 'Оператор-наладчик металлообрабатывающих станков', 830),
('specialty', '15.02.01', 'Монтаж и техническая эксплуатация промышленного оборудования (по отраслям)', 840),
('specialty', '15.02.04', 'Специальные машины и устройства', 850),
('specialty', '15.02.07', 'Автоматизация технологических процессов и производств (по отраслям)', 860),
('specialty', '15.02.08', 'Технология машиностроения', 870),
('specialty', '18.01.01', 'Лаборант по физико-механическим испытаниям', 880),
('specialty', '18.01.02', 'Лаборант-эколог', 890),
('specialty', '18.01.05', 'Аппаратчик-оператор производства неорганических веществ', 900),
('specialty', '18.01.07', 'Аппаратчик производства стекловолокнистых материалов и стеклопластиков', 910),
('specialty', '18.01.16', 'Аппаратчик в производстве химических волокон', 920),
('specialty', '18.01.18', 'Аппаратчик производства синтетических смол и пластических масс', 930),
('specialty', '18.01.26', 'Аппаратчик-оператор нефтехимического производства', 940),
('specialty', '18.01.27', 'Машинист технологических насосов и компрессоров', 950),
('specialty', '18.01.32', 'Аппаратчик-оператор азотных производств и продуктов органического синтеза', 960),
('specialty', '18.01.33', 'Лаборант по контролю качества сырья, реактивов, промежуточных продуктов, готовой продукции, отходов производства (по отраслям)', 970),
('specialty', '18.01.34', 'Лаборант по контролю качества сырья, реактивов, промежуточных продуктов, готовой продукции, отходов производства (по отраслям)', 980),
('specialty', '18.01.35', 'Аппаратчик-оператор производства химических соединений', 990),
('specialty', '18.02.09', 'Переработка нефти и газа', 1000),
('specialty', '19.01.02', 'Лаборант-аналитик', 1010),
('specialty', '19.01.04', 'Пекарь', 1020),
('specialty', '19.01.17', 'Повар, кондитер', 1030),
('specialty', '19.01.18', 'Аппаратчик-оператор производства продуктов питания из растительного сырья', 1040),
('specialty', '19.01.19', 'Аппаратчик-оператор производства продуктов питания животного происхождения', 1050),
('specialty', '19.02.03', 'Технология хлеба, кондитерских и макаронных изделий', 1060),
('specialty', '19.02.08', 'Технология мяса и мясных продуктов', 1070),
('specialty', '19.02.10', 'Технология продукции общественного питания', 1080),
('specialty', '20.01.01', 'Пожарный', 1090),
('specialty', '20.02.02', 'Защита в чрезвычайных ситуациях', 1100),
('specialty', '20.02.04', 'Пожарная безопасность', 1110),
('specialty', '21.01.01', 'Оператор нефтяных и газовых скважин', 1120),
('specialty', '21.01.02', 'Оператор по ремонту скважин', 1130),
('specialty', '21.01.03', 'Бурильщик эксплуатационных и разведочных скважин', 1140),
('specialty', '21.01.04', 'Машинист на буровых установках', 1150),
('specialty', '21.01.08', 'Машинист на открытых горных работах', 1160),
('specialty', '21.01.10', 'Ремонтник горного оборудования', 1170),
('specialty', '21.01.15', 'Электрослесарь подземный', 1180),
('specialty', '21.01.16', 'Обогатитель полезных ископаемых', 1190),
('specialty', '21.01.17', 'Мастер по обслуживанию магистральных трубопроводов', 1200),
('specialty', '21.02.01', 'Разработка и эксплуатация нефтяных и газовых месторождений', 1210),
('specialty', '21.02.02', 'Бурение нефтяных и газовых скважин', 1220),
('specialty', '21.02.03', 'Сооружение и эксплуатация газонефтепроводов и газонефтехранилищ', 1230),
('specialty', '21.02.04', 'Землеустройство', 1240),
('specialty', '21.02.05', 'Земельно-имущественные отношения', 1250),
('specialty', '21.02.06', 'Информационные системы обеспечения градостроительной деятельности', 1260),
('specialty', '21.02.07', 'Аэрофотогеодезия', 1270),
('specialty', '21.02.08', 'Прикладная геодезия', 1280),
('specialty', '21.02.10', 'Геология и разведка нефтяных и газовых месторождений', 1290),
('specialty', '22.01.03', 'Машинист крана металлургического производства', 1300),
('specialty', '22.01.04', 'Контролер металлургического производства', 1310),
('specialty', '22.01.08', 'Оператор прокатного производства', 1320),
('specialty', '22.01.11', 'Оператор металлургического производства', 1330),
('specialty', '22.02.06', 'Сварочное производство', 1340),
('specialty', '23.01.02', 'Докер-механизатор', 1350),
('specialty', '23.01.03', 'Автомеханик', 1360),
('specialty', '23.01.06', 'Машинист дорожных и строительных машин', 1370),
('specialty', '23.01.07', 'Машинист крана (крановщик)', 1380),
('specialty', '23.01.08', 'Слесарь по ремонту строительных машин', 1390),
('specialty', '23.01.10', 'Слесарь по обслуживанию и ремонту подвижного состава', 1400),
('specialty', '23.01.11', 'Слесарь-электрик по ремонту электрооборудования подвижного состава (электровозов, электропоездов)', 1410),
('specialty', '23.01.17', 'Мастер по ремонту и обслуживанию автомобилей', 1420),
('specialty', '23.01.20', 'Мастер по комплексному обслуживанию пути рельсового транспорта', 1430),
('specialty', '23.01.21', 'Мастер путевых машин', 1440),
('specialty', '23.01.22', 'Проводник на железнодорожном транспорте', 1450),
('specialty', '23.01.24', 'Машинист подъёмно-транспортных машин и механизмов', 1460),
('specialty', '23.02.01', 'Организация перевозок и управление на транспорте (по видам)', 1470),
('specialty', '23.02.03', 'Техническое обслуживание и ремонт автомобильного транспорта', 1480),
('specialty', '25.02.01', 'Техническая эксплуатация летательных аппаратов и двигателей', 1490),
('specialty', '25.02.03', 'Техническая эксплуатация электрифицированных и пилотажно-навигационных комплексов', 1500),
('specialty', '26.01.01', 'Судостроитель-судоремонтник металлических судов', 1510),
('specialty', '26.01.02', 'Судостроитель-судоремонтник неметаллических судов', 1520),
('specialty', '26.01.03', 'Слесарь-монтажник судовой', 1530),
('specialty', '26.01.06', 'Судоводитель-помощник механика маломерного судна', 1540),
('specialty', '26.01.07', 'Матрос', 1550),
('specialty', '26.01.08', 'Моторист (машинист)', 1560),
('specialty', '26.01.09', 'Моторист судовой', 1570),
('specialty', '26.01.10', 'Механик маломерного судна', 1580),
('specialty', '26.01.12', 'Электрик судовой', 1590),
('specialty', '26.02.01', 'Эксплуатация внутренних водных путей', 1600),
('specialty', '26.02.03', 'Судовождение', 1610),
('specialty', '26.02.05', 'Эксплуатация судовых энергетических установок', 1620),
('specialty', '26.02.06', 'Эксплуатация судового электрооборудования и средств автоматики', 1630),
('specialty', '27.02.02', 'Техническое регулирование и управление качеством', 1640),
('specialty', '27.02.03', 'Автоматика и телемеханика на транспорте (железнодорожном транспорте)', 1650),
('specialty', '27.02.04', 'Автоматические системы управления', 1660),
('specialty', '29.01.02', 'Обувщик (широкого профиля)', 1670),
('specialty', '29.01.03', 'Сборщик обуви', 1680),
('specialty', '29.01.04', 'Художник по костюму', 1690),
('specialty', '29.01.05', 'Закройщик', 1700),
('specialty', '29.01.07', 'Портной', 1710),
('specialty', '29.01.08', 'Оператор швейного оборудования', 1720),
('specialty', '29.01.09', 'Мастер-исполнитель художественной вышивки (по видам)', 1730),
('specialty', '29.01.17', 'Оператор вязально-швейного оборудования', 1740),
('specialty', '29.01.24', 'Оператор электронного набора и верстки', 1750),
('specialty', '29.01.25', 'Переплетчик', 1760),
('specialty', '29.01.26', 'Печатник плоской печати', 1770),
('specialty', '29.01.29', 'Мастер столярного и мебельного производства', 1780),
('specialty', '29.01.32', 'Мастер обувного производства', 1790),
('specialty', '29.01.33', 'Мастер по изготовлению швейных изделий', 1800),
('specialty', '29.01.34', 'Оператор оборудования швейного производства (по видам)', 1810),
('specialty', '29.02.01', 'Конструирование, моделирование и технология изделий из кожи', 1820),
('specialty', '29.02.04', 'Конструирование, моделирование и технология швейных изделий', 1830),
('specialty', '31.01.01', 'Медицинский администратор', 1840),
('specialty', '31.02.01', 'Лечебное дело', 1850),
('specialty', '33.02.01', 'Фармация', 1860),
('specialty', '34.02.01', 'Сестринское дело', 1870),
('specialty', '35.01.01', 'Мастер по лесному хозяйству', 1880),
('specialty', '35.01.09', 'Мастер растениеводства', 1890),
('specialty', '35.01.11', 'Мастер сельскохозяйственного производства', 1900),
('specialty', '35.01.13', 'Тракторист-машинист сельскохозяйственного производства', 1910),
('specialty', '35.01.17', 'Обработчик рыбы и морепродуктов', 1920),
('specialty', '35.01.19', 'Мастер садово-паркового и ландшафтного строительства', 1930),
('specialty', '35.01.20', 'Пчеловод', 1940),
('specialty', '35.01.23', 'Хозяйка(ин) усадьбы', 1950),
('specialty', '35.01.26', 'Мастер растениеводства', 1960),
('specialty', '35.01.27', 'Мастер сельскохозяйственного производства', 1970),
('specialty', '35.01.28', 'Мастер столярного и мебельного производства', 1980),
('specialty', '35.01.35', 'Фермер', 1990),
('specialty', '35.02.03', 'Технология деревообработки', 2000),
('specialty', '35.02.05', 'Агрономия', 2010),
('specialty', '35.02.06', 'Технология производства и переработки сельскохозяйственной продукции', 2020),
('specialty', '35.02.07', 'Механизация сельского хозяйства', 2030),
('specialty', '35.02.12', 'Садово-парковое и ландшафтное строительство', 2040),
('specialty', '35.02.14', 'Охотоведение и звероводство', 2050),
('specialty', '35.02.15', 'Кинология', 2060),
('specialty', '36.01.01', 'Младший ветеринарный фельдшер', 2070),
('specialty', '36.01.02', 'Мастер животноводства', 2080),
('specialty', '36.01.05', 'Лаборант в области ветеринарии', 2090),
('specialty', '36.02.01', 'Ветеринария', 2100),
('specialty', '36.02.02', 'Зоотехния', 2110),
('specialty', '38.01.01', 'Оператор диспетчерской (производственно-диспетчерской) службы', 2120),
('specialty', '38.01.03', 'Контролер банка', 2130),
('specialty', '38.02.01', 'Экономика и бухгалтерский учет (по отраслям)', 2140),
('specialty', '38.02.02', 'Страховое дело (по отраслям)', 2150),
('specialty', '38.02.03', 'Операционная деятельность в логистике', 2160),
('specialty', '38.02.04', 'Коммерция (по отраслям)', 2170),
('specialty', '38.02.05', 'Товароведение и экспертиза качества потребительских товаров', 2180),
('specialty', '38.02.06', 'Финансы', 2190),
('specialty', '38.02.07', 'Банковское дело', 2200),
('specialty', '39.01.01', 'Социальный работник', 2210),
('specialty', '40.02.01', 'Право и организация социального обеспечения', 2220),
('specialty', '40.02.02', 'Правоохранительная деятельность', 2230),
('specialty', '42.01.01', 'Агент рекламный', 2240),
('specialty', '42.02.01', 'Реклама', 2250),
('specialty', '43.01.01', 'Официант, бармен', 2260),
('specialty', '43.01.02', 'Парикмахер', 2270),
('specialty', '43.01.04', 'Повар судовой', 2280),
('specialty', '43.01.06', 'Проводник на железнодорожном транспорте', 2290),
('specialty', '43.01.09', 'Повар, кондитер', 2300),
('specialty', '43.01.11', 'Мастер флористического сервиса', 2310),
('specialty', '43.02.01', 'Организация обслуживания в общественном питании', 2320),
('specialty', '43.02.02', 'Парикмахерское искусство', 2330),
('specialty', '43.02.10', 'Туризм', 2340),
('specialty', '43.02.11', 'Гостиничный сервис', 2350),
('specialty', '43.02.16', 'Туризм и гостеприимство', 2360),
('specialty', '44.02.01', 'Дошкольное образование', 2370),
('specialty', '44.02.02', 'Преподавание в начальных классах', 2380),
('specialty', '44.02.06', 'Профессиональное обучение (по отраслям)', 2390),
('specialty', '46.01.01', 'Секретарь', 2400),
('specialty', '46.01.03', 'Делопроизводитель', 2410),
('specialty', '46.02.01', 'Документационное обеспечение управления и архивоведение', 2420),
('specialty', '49.02.01', 'Физическая культура', 2430),
('specialty', '51.02.01', 'Народное художественное творчество (по видам)', 2440),
('specialty', '51.02.02', 'Социально-культурная деятельность (по видам)', 2450),
('specialty', '52.02.01', 'Искусство балета', 2460),
('specialty', '52.02.02', 'Искусство танца (по видам)', 2470),
('specialty', '53.02.02', 'Музыкальное искусство эстрады (по видам)', 2480),
('specialty', '53.02.03', 'Инструментальное исполнительство (по видам инструментов)', 2490),
('specialty', '53.02.04', 'Вокальное искусство', 2500),
('specialty', '53.02.05', 'Сольное и хоровое народное пение', 2510),
('specialty', '53.02.06', 'Хоровое дирижирование', 2520),
('specialty', '53.02.07', 'Теория музыки', 2530),
('specialty', '53.02.08', 'Музыкальное звукооператорское мастерство', 2540),
('specialty', '54.01.01', 'Исполнитель художественно-оформительских работ', 2550),
('specialty', '54.01.02', 'Ювелир', 2560),
('specialty', '54.01.03', 'Фотограф', 2570),
('specialty', '54.01.07', 'Изготовитель художественных изделий из керамики', 2580),
('specialty', '54.01.10', 'Художник росписи по дереву', 2590),
('specialty', '54.01.11', 'Художник росписи по ткани', 2600),
('specialty', '54.01.13', 'Изготовитель художественных изделий из дерева', 2610),
('specialty', '54.01.17', 'Реставратор строительный', 2620),
('specialty', '54.01.20', 'Графический дизайнер', 2630),
('specialty', '54.02.01', 'Дизайн (по отраслям)', 2640),
('specialty', '54.02.02', 'Декоративно-прикладное искусство и народные промыслы (по видам)', 2650);

-- Applications for admission: the specialty or profession and the course wanted.
CREATE TABLE vocational.application (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    specialty_code  text        NOT NULL,
    course          smallint    NOT NULL DEFAULT 1 CHECK (course BETWEEN 1 AND 6),
    study_form_code text,
    applied_on      date        NOT NULL,
    academic_year   text        CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    status          text        NOT NULL DEFAULT 'registered'
                                CHECK (status IN ('registered', 'enrolled', 'refused', 'withdrawn')),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX application_person ON vocational.application (person_id);
CREATE INDEX application_organization ON vocational.application (organization_id, applied_on);

-- The programme a learner's membership follows in an academic year: its kind, the specialty or
-- profession, the course in that year and the programme's length in courses (as sent, or the
-- kind's usual one), the form of study (the registry's study-form dictionary) and distance-only
-- learning.
CREATE TABLE vocational.programme (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id             bigint      NOT NULL,
    key                   text        NOT NULL,
    person_id             bigint      NOT NULL,
    organization_id       bigint      NOT NULL,
    membership_id         bigint,
    kind                  text        NOT NULL CHECK (kind IN ('vocational-training', 'skilled-workers', 'mid-level-specialists')),
    specialty_code        text        NOT NULL,
    adapted               boolean     NOT NULL DEFAULT false,
    qualification         text,
    academic_year         text        NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    course                smallint    NOT NULL CHECK (course BETWEEN 1 AND 6),
    course_length         smallint    NOT NULL CHECK (course_length BETWEEN 1 AND 6),
    study_form_code       text,
    distance_only         boolean     NOT NULL DEFAULT false,
    special_equipment     boolean     NOT NULL DEFAULT false,
    distance_technologies text,
    updated_at            timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX programme_person ON vocational.programme (person_id);
CREATE INDEX programme_membership ON vocational.programme (membership_id, academic_year);
CREATE INDEX programme_organization ON vocational.programme (organization_id, academic_year);

-- Transfers of a membership from one course to another, with the order behind them.
CREATE TABLE vocational.course_transfer (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    from_course     smallint    NOT NULL CHECK (from_course BETWEEN 1 AND 6),
    to_course       smallint    NOT NULL CHECK (to_course BETWEEN 1 AND 6),
    transferred_on  date        NOT NULL,
    order_number    text,
    order_date      date,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (from_course <> to_course)
);
CREATE INDEX course_transfer_person ON vocational.course_transfer (person_id);
CREATE INDEX course_transfer_membership ON vocational.course_transfer (membership_id, transferred_on);
CREATE INDEX course_transfer_organization ON vocational.course_transfer (organization_id, transferred_on);

-- Annual marks per discipline: 2–5, or passed / not passed.
CREATE TABLE vocational.mark (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    academic_year   text        NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    discipline      text        NOT NULL,
    course          smallint    CHECK (course BETWEEN 1 AND 6),
    mark            text        NOT NULL,
    mark_value      smallint    CHECK (mark_value BETWEEN 2 AND 5),
    passed          boolean,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CONSTRAINT mark_value_or_passed CHECK ((mark_value IS NULL) <> (passed IS NULL))
);
CREATE INDEX mark_person ON vocational.mark (person_id, academic_year);
CREATE INDEX mark_organization ON vocational.mark (organization_id, academic_year);

-- Diplomas of СПО, certificates of a worker's profession (vocational training) and certificates of study.
CREATE TABLE vocational.diploma (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    kind            text        NOT NULL CHECK (kind IN ('diploma', 'qualification-certificate', 'study-certificate')),
    series          text,
    number          text        NOT NULL,
    issued_on       date        NOT NULL,
    with_honours    boolean     NOT NULL DEFAULT false,
    qualification   text,
    specialty_code  text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (kind = 'diploma' OR NOT with_honours)
);
CREATE INDEX diploma_person ON vocational.diploma (person_id);
CREATE INDEX diploma_membership ON vocational.diploma (membership_id);
CREATE INDEX diploma_organization ON vocational.diploma (organization_id, issued_on);

-- Joint projects with employers (part of the portfolio): the project, the employer, how far the
-- student was involved and the result.
CREATE TABLE vocational.employer_project (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id       bigint      NOT NULL,
    key             text        NOT NULL,
    person_id       bigint      NOT NULL,
    organization_id bigint      NOT NULL,
    membership_id   bigint,
    academic_year   text        NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    project         text        NOT NULL,
    employer        text        NOT NULL,
    involvement     text        NOT NULL CHECK (involvement IN ('participation', 'execution', 'leadership')),
    result          text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key)
);
CREATE INDEX employer_project_person ON vocational.employer_project (person_id);
CREATE INDEX employer_project_organization ON vocational.employer_project (organization_id, academic_year);

-- The employment of a student or graduate: an individual employment plan, the employment contract
-- (the enterprise and its ownership form, the registry's ownership-form dictionary), the actual
-- employer, a quota or special workplace for the disabled, the day employed.
CREATE TABLE vocational.employment (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id               bigint      NOT NULL,
    key                     text        NOT NULL,
    person_id               bigint      NOT NULL,
    organization_id         bigint      NOT NULL,
    membership_id           bigint,
    individual_plan         boolean     NOT NULL DEFAULT false,
    contract_enterprise     text,
    contract_ownership_code text,
    actual_employer         text,
    quota_workplace         boolean     NOT NULL DEFAULT false,
    employed_on             date,
    updated_at              timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, key),
    CHECK (contract_ownership_code IS NULL OR contract_enterprise IS NOT NULL),
    CHECK (employed_on IS NULL OR actual_employer IS NOT NULL),
    CHECK (NOT quota_workplace OR actual_employer IS NOT NULL)
);
CREATE INDEX employment_person ON vocational.employment (person_id);
CREATE INDEX employment_membership ON vocational.employment (membership_id);
CREATE INDEX employment_organization ON vocational.employment (organization_id);

-- Rows moved from one person to another by a merge, to move them back on its undo.
CREATE TABLE vocational.merge_move (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kept_id   bigint      NOT NULL,
    merged_id bigint      NOT NULL,
    moved_at  timestamptz NOT NULL DEFAULT now(),
    undone_at timestamptz
);

CREATE TABLE vocational.merge_moved_row (
    move_id    bigint NOT NULL REFERENCES vocational.merge_move (id),
    table_name text   NOT NULL,
    row_id     bigint NOT NULL,
    PRIMARY KEY (move_id, table_name, row_id)
);

-- The learner membership of a person in an organization during a period (half-open, [from, to)),
-- read through the registry's published view report.learner under that organization's scope; the
-- caller's scope is set back afterwards. Null when there is none: the entry is flagged, not refused.
CREATE FUNCTION vocational.learner_membership(person bigint, organization bigint, from_day date, to_day date)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    caller text := current_setting('kontingent.report_scope', true);
    found bigint;
BEGIN
    PERFORM set_config('kontingent.report_scope', 'organization:' || organization, true);
    SELECT l.membership_id INTO found
      FROM report.learner l
     WHERE l.person_id = person AND l.organization_id = organization
       AND l.starts_on < to_day AND (l.ends_on IS NULL OR l.ends_on > from_day)
     ORDER BY l.starts_on DESC, l.membership_id DESC
     LIMIT 1;
    PERFORM set_config('kontingent.report_scope', coalesce(caller, ''), true);
    RETURN found;
END
$$;

-- The report engine's data version moves on with every write to these tables, as with the registry's.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['application', 'programme', 'course_transfer', 'mark', 'diploma', 'employer_project',
                             'employment', 'dictionary_entry'] LOOP
        EXECUTE format('CREATE TRIGGER report_data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON vocational.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION report.data_changed()', t);
    END LOOP;
END
$$;
