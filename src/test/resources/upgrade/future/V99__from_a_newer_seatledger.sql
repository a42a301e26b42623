create table feature_of_the_future (id bigint primary key);
