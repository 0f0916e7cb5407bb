package es.viogen.dataset;

import es.viogen.platform.api.DniNie;

import java.util.SplittableRandom;

/**
 * Spanish-looking people: frequent first names and surnames (drawn with a Zipf-like weight, the commonest most
 * often), DNI and NIE numbers whose check letter is computed as the platform's {@link DniNie} rule says and then
 * confirmed by its validator.
 */
final class Names {

    static final String[] WOMEN = {"María Carmen", "María", "Carmen", "Ana María", "Laura", "María Pilar", "Josefa",
            "Isabel", "María Dolores", "Ana", "Cristina", "Marta", "María Teresa", "Lucía", "Francisca", "Sara",
            "Paula", "Elena", "Antonia", "Raquel", "Dolores", "Pilar", "Manuela", "Sandra", "Mercedes", "Rosa María",
            "Beatriz", "Nuria", "Silvia", "Julia", "Patricia", "Irene", "Alba", "Andrea", "Rocío", "Montserrat",
            "Mónica", "Alicia", "Rosario", "Teresa", "Sonia", "Encarnación", "Marina", "Sofía", "Ángela", "Claudia",
            "Noelia", "Carla", "Inmaculada", "Eva", "Verónica", "Susana", "Yolanda", "Natalia", "Esther", "Lorena",
            "Miriam", "Daniela", "Ainhoa", "Nerea", "Aitana", "Fátima", "Yasmina", "Ioana", "Elena Cristina"};
    static final String[] MEN = {"Antonio", "José", "Manuel", "Francisco", "David", "Juan", "Javier", "José Antonio",
            "Daniel", "Francisco Javier", "José Luis", "Carlos", "Jesús", "Alejandro", "Miguel", "José Manuel",
            "Rafael", "Miguel Ángel", "Pedro", "Pablo", "Ángel", "Sergio", "Fernando", "Jorge", "Luis", "Alberto",
            "Juan Carlos", "Álvaro", "Adrián", "Diego", "Juan José", "Raúl", "Iván", "Rubén", "Enrique", "Óscar",
            "Ramón", "Andrés", "Vicente", "Santiago", "Joaquín", "Víctor", "Mario", "Eduardo", "Roberto", "Marcos",
            "Jaime", "Ignacio", "Alfonso", "Hugo", "Ricardo", "Mohamed", "Ionut", "Iker", "Aitor", "Jordi", "Xavier"};
    static final String[] SURNAMES = {"García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez",
            "Pérez", "Gómez", "Martín", "Jiménez", "Hernández", "Ruiz", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
            "Gutiérrez", "Alonso", "Navarro", "Torres", "Domínguez", "Ramos", "Vázquez", "Ramírez", "Gil", "Serrano",
            "Morales", "Molina", "Blanco", "Suárez", "Castro", "Ortega", "Delgado", "Ortiz", "Marín", "Rubio", "Núñez",
            "Medina", "Sanz", "Castillo", "Iglesias", "Cortés", "Garrido", "Santos", "Guerrero", "Lozano", "Cano",
            "Cruz", "Méndez", "Flores", "Prieto", "Herrera", "Peña", "León", "Márquez", "Cabrera", "Gallego", "Calvo",
            "Vidal", "Campos", "Reyes", "Vega", "Fuentes", "Carrasco", "Diez", "Aguilar", "Caballero", "Nieto",
            "Santana", "Vargas", "Pascual", "Giménez", "Herrero", "Hidalgo", "Montero", "Lorenzo", "Santiago", "Benítez",
            "Durán", "Ibáñez", "Arias", "Mora", "Ferrer", "Carmona", "Vicente", "Rojas", "Soto", "Crespo", "Román",
            "Pastor", "Velasco", "Parra", "Sáez", "Moya", "Bravo", "Rivera", "Gallardo", "Soler", "Esteban", "Pardo",
            "Mendoza", "Villar", "Merino", "Lara", "Franco", "Espinosa", "Izquierdo", "Casado", "Sierra", "Redondo",
            "Quintana", "Bermúdez", "Echevarría", "Etxeberria", "Puig", "Vilanova", "Otero", "Rey", "Pazos"};

    private static final double[] WOMEN_CDF = zipf(WOMEN.length);
    private static final double[] MEN_CDF = zipf(MEN.length);
    private static final double[] SURNAME_CDF = zipf(SURNAMES.length);

    private Names() {
    }

    private static double[] zipf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, 0.8);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static String pick(String[] names, double[] cdf, SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return names[lo];
    }

    static String woman(SplittableRandom r) {
        return pick(WOMEN, WOMEN_CDF, r);
    }

    static String man(SplittableRandom r) {
        return pick(MEN, MEN_CDF, r);
    }

    static String surname(SplittableRandom r) {
        return pick(SURNAMES, SURNAME_CDF, r);
    }

    /** A DNI: 8 digits and the letter of the number modulo 23. */
    static String dni(SplittableRandom r) {
        int n = r.nextInt(100_000_000);
        return checked(String.format("%08d", n) + DniNie.LETTERS.charAt(n % 23));
    }

    /** A NIE: X, Y or Z (0, 1, 2), 7 digits and the letter of the whole number modulo 23. */
    static String nie(SplittableRandom r) {
        int prefix = r.nextInt(3);
        int n = r.nextInt(10_000_000);
        long whole = prefix * 10_000_000L + n;
        return checked("XYZ".charAt(prefix) + String.format("%07d", n) + DniNie.LETTERS.charAt((int) (whole % 23)));
    }

    private static String checked(String number) {
        if (!DniNie.Validator.isValid(number)) {
            throw new IllegalStateException("generated an invalid document number " + number);
        }
        return number;
    }
}
