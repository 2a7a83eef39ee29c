namespace PeerChallenge.Domain.Tests.Privacy.Corpus;

/// <summary>
/// Names written by hand for the tests, per community of a northern English council's caseload (South Yorkshire,
/// Greater Manchester), independently of the lists the scanner ships: a natural overlap is expected, but none of
/// these lists was made from the shipped files or from faker or Bogus. Used to measure how much of a real
/// caseload the shipped gazetteer knows (<c>NameCoverageTests</c>), never to build it.
/// </summary>
internal static class CorpusNames
{
    /// <summary>Gets the communities, each with its forenames (children's and adults', both sexes) and surnames.</summary>
    internal static IReadOnlyList<Community> Communities { get; } =
    [
        new("White British (northern)",
            Words("Olivia Amelia Isla Poppy Freya Evie Millie Lily Ella Ava Jessica Sophie Chloe Megan Bethany Lauren Danielle Kirsty Leanne Stacey Gemma Donna Tracey Julie Karen Susan Janet Brenda Jean Pauline Oliver Harry George Alfie Jack Charlie Freddie Archie Harvey Kyle Callum Liam Ryan Lee Craig Darren Wayne Gary Shaun Dean Mark Paul Steven Keith Brian Trevor Graham Barry Kenneth"),
            Words("Sutcliffe Hepworth Ackroyd Barraclough Holroyd Haigh Priestley Crowther Dyson Shackleton Hinchliffe Hirst Lockwood Ramsden Sykes Greenwood Whiteley Firth Ibbotson Bottomley Pickles Broadbent Armitage Clegg Hargreaves Schofield Butterworth Ormerod Kershaw Entwistle Smith Jones Taylor Wilson Hudson Walker Thompson Robinson Atkinson Wilkinson Dixon Hardcastle Jagger Wainwright Marsden Illingworth Naylor Cawthorne Beaumont Stables")),
        new("Irish and Irish Traveller",
            Words("Aoife Siobhan Niamh Ciara Orla Roisin Saoirse Caoimhe Aisling Sinead Bridget Kathleen Margaret Nora Eileen Mary Bernadette Maureen Shauna Clodagh Sean Patrick Michael John Martin Thomas Dermot Declan Ciaran Padraig Eoin Cian Conor Oisin Darragh Seamus Brendan Kieran Christy Mikey Johnny Paddy Jimmy"),
            Words("Murphy Kelly O'Sullivan Walsh Byrne Ryan O'Connor O'Brien McCarthy Doyle Gallagher Doherty Kennedy Lynch Quinn Moran Maguire Brennan Flynn Brady McDonagh Joyce Connors Maughan Stokes Mongan Delaney Keenan Cawley Sherlock Nevin McGinley Quilligan Furey Purcell Casey Kavanagh Donovan Fitzgerald Regan")),
        new("Caribbean",
            Words("Winston Delroy Errol Leroy Lloyd Clinton Everton Desmond Marlon Jermaine Tyrone Dwayne Kemar Andre Kareem Tyrese Jayden Marcia Beverley Claudette Hyacinth Pauline Yvonne Sharon Merlene Donna Keisha Shanice Latoya Tanisha Chantelle Nadine Jada Imani Amani Nia Kiara Aaliyah Zion Malachi"),
            Words("Campbell Brown Williams Johnson Thompson Clarke Grant Reid Morrison Francis Henry Powell Richards Simpson Stewart Walters Gayle Hinds Bailey Forbes Lindo Pinnock Nembhard Beckford Blackwood Bogle McFarlane McKenzie Spence Samuels Walcott Anglin Whyte Dacosta Christie Hylton Gordon Barrett Edwards Allen")),
        new("Pakistani and Kashmiri (Mirpuri)",
            Words("Mohammed Muhammad Ali Hamza Bilal Ibrahim Yusuf Zain Ayaan Rayyan Usman Umar Imran Tariq Khalid Zubair Waqas Shahid Asif Naveed Kamran Adnan Sajid Zahid Rizwan Mushtaq Nazir Aslam Ayesha Fatima Zainab Maryam Hafsa Aleena Anaya Iqra Sana Sadia Saima Nadia Shazia Rubina Nasreen Parveen Shabana Farzana Mahnoor Noor Khadija Amina Uzma Rehana"),
            Words("Khan Hussain Ahmed Ali Akhtar Iqbal Mahmood Bashir Rashid Butt Malik Mirza Qureshi Shah Raja Bhatti Awan Abbasi Chaudhry Sheikh Siddiqui Rehman Aslam Anwar Javed Latif Hanif Nawaz Riaz Yousaf Zaman Kayani Janjua Minhas Kiani Sadiq Afzal Ashraf Rafiq Shafiq Mughal Arshad")),
        new("Bangladeshi (Sylheti)",
            Words("Abdul Mizanur Shahin Jahangir Rafiqul Nazrul Saiful Jamal Kamal Belal Foysal Tanvir Arafat Rakib Sabbir Tahmid Tamim Riyad Rayhan Mahir Ashik Mamun Masud Shamim Nurul Faruk Rubel Sumon Nasima Nazma Rahima Shirin Rokeya Roksana Jesmin Shamima Taslima Tania Sabina Sumaiya Maisha Nafisa Raisa Tasnim Sharmin Sultana Halima Khadija Ruma Jannatul"),
            Words("Miah Begum Uddin Rahman Islam Alam Hoque Haque Chowdhury Choudhury Hossain Ali Ahmed Khatun Akter Sultana Ullah Munshi Sarkar Talukdar Bhuiyan Mollah Sheikh Kabir Hasan Amin Rashid Aziz Matin Karim Noor Khanom Parvin Yasmin Siddique Mondal Sikder Mahmud Bibi")),
        new("Indian (Punjabi Sikh, Gujarati, Hindu)",
            Words("Gurpreet Harpreet Jaspreet Manpreet Amandeep Hardeep Kuldeep Parminder Harjinder Jaswinder Rajinder Surinder Jasbir Balbir Ranjit Amarjit Simran Harleen Jasleen Navneet Rupinder Kiranjit Rajesh Ramesh Suresh Mahesh Dinesh Hitesh Nilesh Ketan Chirag Vishal Amit Anil Sanjay Rahul Rohan Arjun Aarav Vihaan Priya Pooja Neha Anjali Sunita Geeta Seema Rekha Asha Kavita Hetal Bhavna Dipika Manisha Nikita Shreya Diya Saanvi Kavya"),
            Words("Singh Kaur Sandhu Sidhu Dhillon Grewal Bains Johal Atwal Dhaliwal Gill Sahota Sangha Kang Randhawa Virk Cheema Bajwa Rai Panesar Uppal Thind Patel Shah Mistry Parmar Solanki Chauhan Desai Joshi Mehta Pandya Thakkar Makwana Rathod Lakhani Kotecha Popat Bhatt Sharma Gupta Verma Kumar Chopra Kapoor Malhotra Arora")),
        new("Polish",
            Words("Zofia Zuzanna Julia Lena Maja Hanna Oliwia Amelia Alicja Wiktoria Natalia Aleksandra Katarzyna Agnieszka Magdalena Małgorzata Anna Ewa Joanna Monika Karolina Justyna Dorota Beata Iwona Antoni Jan Jakub Aleksander Franciszek Szymon Filip Mikołaj Wojciech Kacper Piotr Tomasz Krzysztof Paweł Marcin Michał Łukasz Grzegorz Mariusz Dariusz Sebastian Damian Bartosz Kamil"),
            Words("Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Kamińska Lewandowski Lewandowska Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski Adamczyk Dudek Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Stępień Górski Rutkowski")),
        new("Romanian",
            Words("Andreea Elena Ioana Maria Alexandra Mihaela Georgiana Florentina Nicoleta Mădălina Cristina Gabriela Roxana Alina Daniela Denisa Bianca Larisa Ana Ionela Andrei Alexandru Ionuț Mihai Ștefan Florin Marian Gheorghe Vasile Constantin Cristian Adrian Cătălin Gabriel Răzvan Bogdan Nicolae Dumitru Ion Sorin Costel Marius Darius David Luca Matei Sebastian Robert"),
            Words("Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Rusu Mihai Marin Lazăr Florea Munteanu Dinu Ene Tudor Ilie Barbu Nistor Moldovan Cristea Stanciu Dobre Diaconu Anghel Lungu Toma Georgescu Dragomir Sandu Căldăraru Lingurar Ursu Nica Zamfir")),
        new("Slovak and Czech, including Roma",
            Words("Jana Eva Lucia Zuzana Martina Lenka Petra Veronika Monika Kristína Nikola Natália Simona Vanesa Denisa Dominika Klaudia Sofia Ema Mária Peter Martin Tomáš Jozef Ján Michal Marek Lukáš Milan Ladislav Róbert Štefan Dávid Samuel Jakub Matej Adam Filip Dominik Kristián Rudolf Miroslav Radek Jiří Pavel Karel Vojtěch Ondřej"),
            Words("Horváth Horváthová Balog Balogová Lakatoš Oláh Kotlár Rusnák Gunár Ferko Demeter Daniel Dudi Berky Červeňák Giňa Mižigár Tancoš Stojka Mirga Novák Nováková Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Kováč Varga Tóth Nagy Baláž Szabó Molnár Lukáč Kollár Hudák")),
        new("Lithuanian and Latvian",
            Words("Emilija Gabija Austėja Ugnė Kamilė Ieva Rūta Agnė Eglė Rasa Jurgita Vilma Dalia Inga Lina Kristina Jūlija Elīza Anna Marta Līga Ilze Inese Dace Kristīne Lukas Matas Jokūbas Nojus Dominykas Mantas Tomas Jonas Darius Vytautas Mindaugas Tadas Rokas Andrius Paulius Kārlis Jānis Andris Mārtiņš Edgars Artūrs Roberts Dāvis Raivis Gints"),
            Words("Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Baranauskas Pocius Navickas Rimkus Šimkus Mockus Adomaitis Vaitkus Jonaitis Petraitis Kazlauskienė Jankauskienė Bērziņš Kalniņš Ozoliņš Jansons Liepiņš Krūmiņš Balodis Eglītis Zariņš Pētersons Vītols Kļaviņš Ozols Lācis Bērziņa Kalniņa Ozoliņa Jansone")),
        new("Hungarian",
            Words("Anna Hanna Zsófia Lili Réka Eszter Boglárka Fanni Nóra Dóra Viktória Katalin Erzsébet Ildikó Krisztina Andrea Mónika Zsuzsanna Judit Ágnes Bence Máté Levente Dániel Ádám Balázs Gergő Dávid Marcell Zsombor László István József János Zoltán Sándor Gábor Ferenc Attila Péter Tamás Csaba Tibor Lajos Imre"),
            Words("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Simon Rácz Fekete Szilágyi Török Fehér Balázs Gál Kis Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Magyar Lukács Gulyás Biró Király Katona László")),
        new("Bulgarian",
            Words("Maria Ivana Elena Gergana Desislava Yoana Viktoria Aleksandra Teodora Nikol Rositsa Petya Silviya Milena Kalina Radka Daniela Svetlana Tsvetelina Snezhana Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Aleksandar Kaloyan Martin Todor Yordan Krasimir Plamen Boris Vasil Atanas Angel Emil Radoslav Stefan Lyubomir Asen Simeon Viktor"),
            Words("Ivanov Ivanova Georgiev Georgieva Dimitrov Dimitrova Petrov Petrova Nikolov Nikolova Hristov Hristova Stoyanov Stoyanova Todorov Todorova Iliev Ilieva Angelov Atanasov Atanasova Kolev Koleva Marinov Popov Popova Yordanov Stefanov Mihaylov Kostov Petkov Vasilev Vasileva Dzhambazov Mitev Yankov Asenov Kirilov Tsvetkov Bozhilov Aleksandrov")),
        new("Somali",
            Words("Abdi Abdirahman Abdullahi Ahmed Ali Mohamed Hassan Hussein Omar Osman Yusuf Ismail Ibrahim Farah Mahad Liban Guled Hamza Bashir Khalid Mukhtar Sahal Hanad Abshir Awil Warsame Jama Mohamud Dahir Abdikadir Amina Asha Ayan Fadumo Hodan Hawa Halima Khadija Sahra Sagal Ubah Idil Nimo Hibo Ifrah Ikran Muna Nasra Shukri Maryan Deeqa Fartun Sumaya Zamzam Fardowsa"),
            Words("Abdi Abdullahi Aden Ahmed Ali Farah Hassan Hersi Hirsi Ibrahim Isse Jama Mohamed Mohamud Muse Nur Omar Osman Roble Samatar Shire Warsame Yusuf Dirie Egal Elmi Gedi Guled Hashi Dualeh Barre Duale Mire Olad Warfa Hussein Ismail Diriye Madar Salah")),
        new("Kurdish (Iraqi, Syrian and Turkish)",
            Words("Aram Azad Baran Bawar Dara Dilshad Diyar Goran Hawar Hemin Hiwa Jiyan Karwan Kawa Rebin Rebwar Renas Rizgar Saman Sardar Shwan Sirwan Soran Zana Zanyar Hozan Hunar Karzan Serhat Welat Sipan Berfin Dilan Evin Helin Hevi Jwan Lana Lava Nazdar Rojin Shilan Sozan Viyan Berivan Ronak Newroz Delal Rojda Zilan Nishtiman Gulistan Narin Medya Zerya"),
            Words("Barzani Talabani Jaff Zebari Rashid Karim Aziz Othman Ahmed Mohammed Salih Rasool Qadir Hama Hamad Mahmood Majeed Mustafa Nouri Omar Sadiq Shwani Zangana Abdulla Ali Amin Faraj Haji Hasan Hussein Ismail Kaka Khoshnaw Mirza Taha Tofiq Yousif Kurdi Aydın Demir Kaya Polat Yıldız")),
        new("Arabic (Yemeni, Syrian, Iraqi, Sudanese, Libyan, Egyptian)",
            Words("Mohammed Ahmed Ali Omar Khaled Mahmoud Mustafa Yousef Ibrahim Hassan Hussein Abdullah Abdulrahman Salem Saleh Nasser Fadi Rami Samir Tarek Walid Bashar Ammar Anas Yazan Karim Ziad Amr Osama Hamza Adam Fatima Aisha Mariam Maryam Noor Huda Amal Hala Lina Layla Rana Reem Rania Sara Salma Yasmin Zainab Hiba Heba Dalia Nour Shahd Malak Jana Rahaf Ruqaya Asma"),
            Words("Al-Hassan El-Sayed Abdullah Ahmed Mohammed Hassan Hussein Ibrahim Ismail Mahmoud Mustafa Omar Saleh Salem Saeed Nasser Haddad Khalil Khoury Mansour Youssef Darwish Hamdan Barakat Habib Jaber Kassem Farag Ashour Awad Ayoub Shaheen Suleiman Taha Zaki Hamad Osman Idris Elamin Babiker")),
        new("West African (Nigerian, Ghanaian, Sierra Leonean)",
            Words("Chinedu Emeka Obinna Ikenna Chukwuemeka Nnamdi Uchenna Kelechi Chidi Tobi Tunde Femi Segun Kayode Ayodeji Oluwaseun Adebayo Damilola Kwame Kofi Kwabena Kwesi Yaw Kojo Abubakar Musa Ibrahim Mohamed Foday Sorie Chioma Ngozi Adaeze Nneka Ifeoma Chiamaka Ijeoma Amarachi Funmilayo Folake Yetunde Bukola Temitope Ayomide Abena Akosua Ama Efua Adwoa Aminata Fatmata Isatu Mariama Kadiatu Hauwa Hadiza"),
            Words("Okafor Okonkwo Okeke Okoro Okoye Nwosu Nwachukwu Nwankwo Eze Igwe Obi Ogbonna Anyanwu Chukwu Adeyemi Adebayo Adewale Afolabi Ajayi Akande Alabi Balogun Bello Ojo Oladipo Olaniyan Mensah Owusu Boateng Asante Osei Agyeman Appiah Addo Kamara Koroma Sesay Conteh Bangura Kargbo Jalloh")),
        new("Chinese (Mandarin and Cantonese)",
            Words("Wei Jun Jie Hui Yan Ying Xin Ming Hong Fang Jing Lin Mei Tao Ting Xiaoming Jiahui Zihan Yuxuan Haoran Zhiwei Lili Tingting Xinyi Ka Wai Chi Siu Kwok Fai Kei Chun Hin Wing Man Kelvin Alvin Winnie Karen Kenny Eddie Raymond Vincent Wilson Gloria Cindy Connie Mandy Peggy Stella Jacky Bosco Yvonne Wendy Jason Ivy"),
            Words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Chan Cheung Wong Leung Lau Lee Lam Ng Ho Tsang Yip Chow Kwok Tse Fung Mak Lai Lo Poon Yeung Yuen")),
        new("Afghan",
            Words("Ahmad Mohammad Ali Hamid Farid Karim Rahim Rashid Nasir Omid Mustafa Jawad Bilal Sayed Sharif Zabihullah Rahmatullah Samiullah Hekmatullah Ajmal Mirwais Zalmai Wahid Shafiq Naveed Haroon Idrees Fardin Javid Zia Mariam Zahra Fatima Farzana Laila Lina Roya Sahar Samira Shabana Soraya Zainab Nargis Parwana Marzia Mursal Freshta Tamana Yalda Hasina Malalai Zarmina Palwasha Zarghona Gulalai"),
            Words("Ahmadi Ahmadzai Amiri Azimi Barakzai Durrani Ghani Habibi Haidari Hakimi Hamidi Hotak Hussaini Jalali Karimi Kakar Mohammadi Momand Naseri Noori Noorzai Popal Qaderi Rahimi Rahmani Rasuli Rezai Sadat Safi Samadi Sediqi Sharifi Shinwari Stanikzai Sultani Tokhi Wardak Yousafzai Zadran Zazai")),
        new("Iranian",
            Words("Reza Ali Mohammad Amir Hossein Mehdi Saeed Hamid Majid Navid Omid Arash Arman Babak Behnam Dariush Ehsan Farhad Kaveh Kourosh Milad Nima Parsa Ramin Sina Siavash Soroush Shahin Pouya Fatemeh Zahra Maryam Mahsa Mina Nazanin Neda Niloufar Parisa Roya Sara Shirin Shiva Azadeh Bahar Elham Golnaz Ladan Leila Mitra Narges Negar Sepideh Shabnam Shadi Yasaman"),
            Words("Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Jafari Rahimi Heidari Ghorbani Hashemi Kazemi Mousavi Sadeghi Rostami Amini Akbari Abbasi Alizadeh Ebrahimi Esmaeili Ghasemi Jalali Kamali Mahmoudi Mansouri Mirzaei Najafi Nazari Nouri Rahmani Safari Salehi Shahbazi Shirazi Soltani Tehrani Yazdani Zamani Tavakoli")),
        new("Eritrean and Ethiopian",
            Words("Abraham Aman Amanuel Bereket Biniam Dawit Ephrem Ermias Eyob Filmon Goitom Henok Kibrom Merhawi Robel Samuel Semere Solomon Tesfay Yonas Yohannes Abel Biruk Dereje Kaleb Kidus Nahom Natnael Tewodros Yared Almaz Azeb Bethlehem Eden Elsa Feven Hana Helen Kidist Lidya Luwam Meron Mekdes Nardos Rahel Ruth Saba Selam Senait Segen Semhar Tigist Tsion Winta Yordanos"),
            Words("Tesfay Tesfaye Berhe Gebremedhin Gebremichael Gebreyesus Gebru Ghebre Habte Haile Kidane Mehari Negash Tekle Tewolde Woldu Yohannes Abraha Asfaha Desta Hagos Kahsay Russom Abebe Alemu Assefa Ayele Bekele Desalegn Gebre Getachew Girma Kebede Mekonnen Mengistu Tadesse Tefera Wolde Worku Hailu")),
        new("Vietnamese",
            Words("Anh Minh Linh Lan Mai Hoa Thu Tuan Duc Dung Thanh Binh Phuong Trang Ngoc Huong Hang Hanh Hien Hieu Huy Khanh Khoa Loan Nga Nhung Nhi Phong Phuc Quang Quan Quynh Tam Thao Thuy Tien Trung Tung Uyen Viet Vy Yen Bao Cuong Dat Hai Hiep Hue Kiet Lien Nam Nghia Nhan Quoc Thang Vinh Xuan Duy Khang"),
            Words("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Ho Ngo Duong Ly Truong Dinh Trinh Doan Luong Mai Lam Phung Cao Quach Ta Thai Trieu Ha Hua Kieu Luu Tieu Thach Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Võ Đặng Bùi Ngô Dương Lý Trương Đinh")),
        new("Zimbabwean",
            Words("Tendai Tafadzwa Tatenda Tinashe Tapiwa Takudzwa Farai Kudzai Rutendo Rufaro Chipo Nyasha Ruvimbo Shamiso Nokuthula Thandiwe Sibusiso Themba Tinotenda Munashe Anesu Panashe Kudakwashe Simbarashe Tanaka Tawanda Tonderai Tichaona Fungai Rudo Vimbai Chiedza Netsai Nomsa Bongani Lindiwe Zodwa Mandla Blessing Precious Memory Loveness Tariro Ropafadzo Nyarai Shingai Kundai Tsitsi Mufaro Tonderayi"),
            Words("Moyo Ncube Ndlovu Sibanda Dube Nyathi Mpofu Mlambo Chikwanha Chiweshe Gumbo Mutasa Mhlanga Makoni Mapfumo Marufu Muchena Mukwena Murwira Mutambara Ndoro Nyoni Shumba Tshuma Chigumba Chimombe Hove Jongwe Madziva Magaya Matanda Khumalo Dlamini Nkomo Mugabe Chinembiri Masuku Mangwana Zvobgo Mashingaidze")),
    ];

    /// <summary>Gets forenames and surnames written with their accents, each with the plain spelling notes often use instead.</summary>
    internal static IReadOnlyList<(string Accented, string Plain)> Accented { get; } =
    [
        ("Łukasz", "Lukasz"), ("Małgorzata", "Malgorzata"), ("Wiśniewski", "Wisniewski"), ("Żaneta", "Zaneta"),
        ("Ștefan", "Stefan"), ("Mădălina", "Madalina"), ("Ionuț", "Ionut"), ("Lazăr", "Lazar"), ("Şükrü", "Sukru"),
        ("Ayşe", "Ayse"), ("Yıldız", "Yildiz"), ("Özlem", "Ozlem"), ("Çelik", "Celik"), ("Dvořák", "Dvorak"),
        ("Procházka", "Prochazka"), ("Tomáš", "Tomas"), ("Horváthová", "Horvathova"), ("Zoë", "Zoe"),
        ("Siobhán", "Siobhan"), ("Seán", "Sean"), ("Róisín", "Roisin"), ("Nguyễn", "Nguyen"), ("Trần", "Tran"),
        ("Phạm", "Pham"), ("Bērziņš", "Berzins"), ("Austėja", "Austeja"), ("Szűcs", "Szucs"), ("Dóra", "Dora"),
        ("Berîvan", "Berivan"), ("Dîlan", "Dilan"), ("José", "Jose"), ("Renée", "Renee"),
    ];

    /// <summary>Gets hyphenated forenames, as they are written in records.</summary>
    internal static IReadOnlyList<string> HyphenatedForenames { get; } =
    [
        "Mohammed-Ali", "Muhammad-Zain", "Abdul-Rahman", "Abdul-Karim", "Nur-Ul-Huda", "Lily-Mae", "Ava-Grace",
        "Mary-Jane", "Lacey-Mae", "Ellie-May", "Tommy-Lee", "Jamie-Lee", "Kai-Jay", "Lilly-Rose", "Sarah-Jane",
        "Anne-Marie", "Jean-Paul", "Mei-Ling", "Ka-Wai", "Ana-Maria", "Ioana-Maria",
    ];

    /// <summary>Gets compound and particled surnames (Arabic al-/El-/Abu/bin, Pakistani ul-, Portuguese, Dutch, Afrikaans, Irish).</summary>
    internal static IReadOnlyList<string> CompoundSurnames { get; } =
    [
        "al-Hassan", "Al-Hassan", "El-Sayed", "el-Masry", "Al Tamimi", "Abu Bakr", "Abu-Bakr", "bin Omar", "bin Laden",
        "ul-Haq", "ul Haq", "Ud-Din", "de Souza", "da Silva", "dos Santos", "van der Merwe", "van Dyk", "De Freitas",
        "Mac an tSaoir", "Ní Bhriain", "Nic Gabhann", "Smith-Jones", "Okafor-Williams", "Ahmed-Khan",
    ];

    /// <summary>Gets nicknames and short forms, each with the name it is short for.</summary>
    internal static IReadOnlyList<(string Short, string Full)> ShortForms { get; } =
    [
        ("Mo", "Mohammed"), ("Moha", "Mohamed"), ("Abdi", "Abdirahman"), ("Jay", "Jayden"), ("Danny", "Daniel"),
        ("Lexi", "Alexis"), ("Kenzie", "Mackenzie"), ("Bex", "Rebecca"), ("Shaz", "Sharon"), ("Gaz", "Gary"),
        ("Kaz", "Karen"), ("Tommo", "Thomas"), ("Macca", "McCarthy"), ("Deano", "Dean"), ("Jonno", "Jonathan"),
        ("Tel", "Terry"), ("Baz", "Barry"), ("Dezza", "Derek"), ("Stevo", "Steven"), ("Mickey", "Michael"),
        ("Kasia", "Katarzyna"), ("Gosia", "Małgorzata"), ("Kuba", "Jakub"), ("Tunde", "Babatunde"), ("Femi", "Oluwafemi"),
        ("Ify", "Ifeoma"), ("Sasha", "Aleksandr"), ("Zaki", "Zakariya"), ("Izzy", "Isabelle"), ("Maddie", "Madison"),
        ("Ellie", "Eleanor"), ("Alfie", "Alfred"), ("Freddie", "Frederick"), ("Becky", "Rebecca"), ("Sukhi", "Sukhwinder"),
    ];

    /// <summary>Gets forenames that are also English words, as they are used as names.</summary>
    internal static IReadOnlyList<string> WordLikeForenames { get; } =
    [
        "Will", "May", "Grace", "Rose", "Hope", "Summer", "Amber", "Jack", "Mark", "Sky", "Ivy", "Faith", "Joy",
        "Dawn", "Frank", "Bill", "Pearl", "Ruby", "Autumn", "Storm", "River", "Blue", "Princess", "Precious",
        "Miracle", "Gift", "Blessing", "Favour", "Comfort", "Patience", "Mercy",
    ];

    /// <summary>Gets English forenames of children and adults, both sexes.</summary>
    internal static IReadOnlyList<string> EnglishForenames { get; } =
    [
        "Oliver", "George", "Harry", "Noah", "Jack", "Leo", "Arthur", "Muhammad", "Oscar", "Charlie", "Olivia",
        "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily", "Florence", "Mia", "Willow", "Susan", "Margaret", "David",
        "John", "Linda", "Karen", "Tracey", "Darren", "Craig", "Gareth", "Lorraine", "Kelly", "Jodie", "Reece",
        "Kayden", "Tiegan", "Brooklyn", "Maisie", "Mollie", "Elsie",
    ];

    /// <summary>
    /// Gets forenames written by a second hand, apart from the lists above and from the shipped lists, so that the
    /// corpus also measures names the gazetteer was never fitted to.
    /// </summary>
    internal static IReadOnlyList<string> SecondHandForenames { get; } =
    [
        "Zainab", "Hamza", "Ayaan", "Haroon", "Rukhsana", "Shazia", "Imran", "Tahira", "Nasreen", "Junaid", "Sumaiya", "Rafiq",
        "Tanvir", "Shirin", "Rokeya", "Mahfuz", "Nazmul", "Kacper", "Szymon", "Zuzanna", "Wiktoria", "Bartosz", "Agnieszka",
        "Mihai", "Ionela", "Florin", "Andreea", "Marius", "Denisa", "Dominik", "Vanesa", "Radek", "Kristýna", "Lukáš",
        "Abdirahman", "Hodan", "Fartun", "Abdiwali", "Ubah", "Shukri", "Rebaz", "Shilan", "Dilan", "Hevi", "Karwan", "Bahar",
        "Yousef", "Noor", "Layla", "Omar", "Hussein", "Rania", "Chidi", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Kwame",
        "Abena", "Kofi", "Wei", "Xiaoming", "Jing", "Ka-Wai", "Siu", "Mingyu", "Bridget", "Paddy", "Kathleen", "Martin",
        "Shannon", "Jaden", "Kayla", "Brooklyn", "Jayden", "Tia", "Kian", "Harley", "Lacey", "Reece", "Demi", "Alfie",
    ];

    /// <summary>Gets surnames written by a second hand, as <see cref="SecondHandForenames"/>.</summary>
    internal static IReadOnlyList<string> SecondHandSurnames { get; } =
    [
        "Hussain", "Akhtar", "Mahmood", "Bibi", "Iqbal", "Chaudhry", "Uddin", "Miah", "Begum", "Chowdhury", "Kowalski",
        "Nowakowski", "Wiśniewska", "Zielinski", "Popescu", "Ionescu", "Dumitru", "Lakatos", "Horváth", "Balog", "Dudi",
        "Warsame", "Abdullahi", "Farah", "Jama", "Hersi", "Mohammadi", "Karimi", "Barzani", "Hamid", "Haddad", "Saleh",
        "Okafor", "Adebayo", "Okonjo", "Mensah", "Boateng", "Asante", "Wang", "Zhang", "Chan", "Leung", "Wong", "McDonagh",
        "Joyce", "Maughan", "Stokes", "Connors", "Sutcliffe", "Hepworth", "Ackroyd", "Oldroyd", "Crossley", "Lister",
    ];

    /// <summary>Gets every corpus forename: each community's, the English ones and the second hand's.</summary>
    internal static IReadOnlyList<string> AllForenames { get; } =
        [.. Communities.SelectMany(c => c.Forenames).Concat(EnglishForenames).Concat(SecondHandForenames).Distinct(StringComparer.Ordinal)];

    /// <summary>Gets every corpus surname.</summary>
    internal static IReadOnlyList<string> AllSurnames { get; } =
        [.. Communities.SelectMany(c => c.Surnames).Concat(SecondHandSurnames).Distinct(StringComparer.Ordinal)];

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A community's corpus names.</summary>
    /// <param name="Name">The community.</param>
    /// <param name="Forenames">Its forenames.</param>
    /// <param name="Surnames">Its surnames.</param>
    internal sealed record Community(string Name, string[] Forenames, string[] Surnames);
}
