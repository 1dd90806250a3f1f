import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language';

export function HomePage() {
  const { t } = useLanguage();
  const cards = [
    { to: '/simulate', title: t('nav.simulate'), text: t('home.simulate') },
    { to: '/register', title: t('nav.register'), text: t('home.register') },
    { to: '/verify', title: t('nav.verify'), text: t('home.verify') },
    { to: '/login', title: t('nav.login'), text: t('home.login') },
  ];
  return (
    <>
      <Typography.Title level={1}>{t('app.title')}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {cards.map((c) => (
          <Col xs={24} sm={12} lg={6} key={c.to}>
            <Card title={<Link to={c.to}>{c.title}</Link>}>{c.text}</Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
